using System.Diagnostics;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text;

namespace Mud.Bench.Telnet;

/// <summary>
/// One telnet player over a real socket. Reads on its own loop; a driver arms one expectation at a time
/// (a token the next reply will contain) and awaits it. Lines are timestamped when their bytes arrive.
/// Once the server starts MCCP2 (when the scenario agreed to it), the rest of the stream is inflated first;
/// the bytes off the wire and the bytes the game wrote are counted apart.
/// </summary>
public sealed class BenchClient : ITelnetLineSink, IAsyncDisposable
{
    private const int ReadBufferBytes = 4096;
    private static readonly byte[][] ServerErrorMarkers =
        [Encoding.UTF8.GetBytes("[You are typing faster"), Encoding.UTF8.GetBytes("[Something went wrong")];

    private readonly Socket _socket;
    private readonly TelnetLineReader _reader;
    private readonly Lock _gate = new();
    private readonly IClientObserver _observer;
    private Task _reading = Task.CompletedTask;
    private byte[]? _expected;
    private byte[][] _failures = [];
    private TaskCompletionSource<long>? _reply;
    private long _arrived;
    private long _wireBytes;
    private long _textBytes;
    private volatile bool _compressed;
    private volatile bool _closing;

    private BenchClient(Socket socket, int index, string name, IClientObserver observer)
    {
        _socket = socket;
        _reader = new TelnetLineReader(this);
        _observer = observer;
        Index = index;
        Name = name;
    }

    /// <summary>What the scenario wants to hear about besides the awaited reply.</summary>
    public interface IClientObserver
    {
        void Line(BenchClient client, ReadOnlySpan<byte> line, long timestamp);

        void Subnegotiation(BenchClient client, byte option, ReadOnlySpan<byte> payload, long timestamp);

        /// <summary>WILL option from the server; answer true to agree (DO).</summary>
        bool Accepts(BenchClient client, byte option);

        void ServerError(BenchClient client, string line);

        void Disconnected(BenchClient client);
    }

    public int Index { get; }

    public string Name { get; }

    public bool Connected => !_closing && _socket.Connected;

    /// <summary>Bytes read off the socket, compressed or not.</summary>
    public long WireBytes => Interlocked.Read(ref _wireBytes);

    /// <summary>Bytes as the game wrote them: the plain ones, and the compressed ones once inflated.</summary>
    public long TextBytes => Interlocked.Read(ref _textBytes);

    /// <summary>Whether the server started MCCP2 on this connection.</summary>
    public bool Compressed => _compressed;

    /// <summary>Connects and starts reading; <paramref name="firstExpected"/> is armed before the first byte can arrive.</summary>
    public static async Task<(BenchClient Client, Task<long> First)> ConnectAsync(
        string host, int port, int index, string name, IClientObserver observer, string firstExpected, CancellationToken cancellation)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, cancellation);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var client = new BenchClient(socket, index, name, observer);
        var first = client.Expect(firstExpected);
        client._reading = client.ReadLoopAsync();
        return (client, first);
    }

    /// <summary>
    /// Arms the next expectation: the returned task completes with the arrival timestamp of the first line
    /// containing <paramref name="text"/>, or fails when a line contains one of <paramref name="failures"/>.
    /// </summary>
    public Task<long> Expect(string text, params string[] failures)
    {
        var reply = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _reply?.TrySetCanceled();
            _expected = Encoding.UTF8.GetBytes(text);
            _failures = [.. failures.Select(Encoding.UTF8.GetBytes)];
            _reply = reply;
        }

        return reply.Task;
    }

    public Task SendLineAsync(string line) => SendAsync(Encoding.UTF8.GetBytes(line + "\r\n"));

    public async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var sent = await _socket.SendAsync(bytes, SocketFlags.None);
            bytes = bytes[sent..];
        }
    }

    void ITelnetLineSink.Line(ReadOnlySpan<byte> line)
    {
        TaskCompletionSource<long>? done = null;
        string? failure = null;
        lock (_gate)
        {
            if (_expected is { } expected && line.IndexOf(expected) >= 0)
            {
                done = _reply;
                _expected = null;
                _reply = null;
            }
            else if (_reply is not null && ContainsAny(line, _failures))
            {
                done = _reply;
                failure = Encoding.UTF8.GetString(line);
                _expected = null;
                _reply = null;
            }
        }

        if (failure is not null)
        {
            done!.TrySetException(new ReplyFailedException(failure));
        }
        else
        {
            done?.TrySetResult(_arrived);
        }

        if (ContainsAny(line, ServerErrorMarkers))
        {
            _observer.ServerError(this, Encoding.UTF8.GetString(line));
        }

        _observer.Line(this, line, _arrived);
    }

    private static bool ContainsAny(ReadOnlySpan<byte> line, byte[][] needles)
    {
        foreach (var needle in needles)
        {
            if (line.IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    void ITelnetLineSink.Negotiation(byte command, byte option)
    {
        // A dumb client except for the OOB options the scenario wants: agree to those, refuse other offers once.
        if (command == TelnetBytes.Will)
        {
            var agree = _observer.Accepts(this, option);
            SendAsync(new byte[] { TelnetBytes.Iac, agree ? TelnetBytes.Do : TelnetBytes.Dont, option }).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    void ITelnetLineSink.Subnegotiation(byte option, ReadOnlySpan<byte> payload) =>
        _observer.Subnegotiation(this, option, payload, _arrived);

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        _socket.Dispose();
        await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
        lock (_gate)
        {
            _reply?.TrySetCanceled();
        }
    }

    private void Received(int bytes)
    {
        _arrived = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _wireBytes, bytes);
    }

    /// <summary>
    /// Inflates the rest of the connection: <paramref name="alreadyRead"/> (compressed bytes that came with the
    /// start of compression), then the socket. A zlib stream the server ends ends the reading too.
    /// </summary>
    private async Task ReadCompressedAsync(byte[] buffer, byte[] alreadyRead)
    {
        _compressed = true;
        await using var inflater = new ZLibStream(new CompressedInput(_socket, alreadyRead, Received), CompressionMode.Decompress);
        int inflated;
        while ((inflated = await inflater.ReadAsync(buffer)) > 0)
        {
            Interlocked.Add(ref _textBytes, inflated);
            _reader.Receive(buffer.AsSpan(0, inflated));
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[ReadBufferBytes];
        try
        {
            while (true)
            {
                var read = await _socket.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    break;
                }

                Received(read);
                var plain = _reader.Receive(buffer.AsSpan(0, read));
                Interlocked.Add(ref _textBytes, plain);
                if (_reader.CompressionStarted)
                {
                    await ReadCompressedAsync(buffer, buffer.AsSpan(plain, read - plain).ToArray());
                    break;
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidDataException)
        {
            // Closed by either side; which one is told below.
        }

        lock (_gate)
        {
            _reply?.TrySetException(new ReplyFailedException("the connection closed"));
            _reply = null;
        }

        if (!_closing)
        {
            _observer.Disconnected(this);
        }
    }
}

/// <summary>The server answered with a failure, or the connection closed, instead of the awaited reply.</summary>
public sealed class ReplyFailedException(string message) : Exception(message);
