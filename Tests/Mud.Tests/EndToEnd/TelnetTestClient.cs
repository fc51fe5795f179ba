using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace Mud.Tests.EndToEnd;

/// <summary>
/// A bare-bones telnet player over a real socket: refuses nothing, answers no negotiation (like a dumb
/// client), strips telnet commands and ANSI colour from what it reads, and lets a test wait for text.
/// </summary>
public sealed partial class TelnetTestClient : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();
    private readonly Task _reading;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _cursor;

    private TelnetTestClient(Stream stream)
    {
        _stream = stream;
        _reading = ReadAsync();
    }

    /// <summary>True once the server closed the connection.</summary>
    public bool Closed { get; private set; }

    /// <summary>Everything received so far, as plain text.</summary>
    public string Transcript
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }

    public static async Task<TelnetTestClient> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port);
        return new TelnetTestClient(new NetworkStream(socket, ownsSocket: true));
    }

    /// <summary>Connects over TLS, trusting whatever certificate the server presents; that certificate is returned too.</summary>
    public static async Task<(TelnetTestClient Client, X509Certificate2 Certificate)> ConnectTlsAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port);
        var tls = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            RemoteCertificateValidationCallback = (_, _, _, _) => true,
        });
        return (new TelnetTestClient(tls), X509CertificateLoader.LoadCertificate(tls.RemoteCertificate!.GetRawCertData()));
    }

    public async Task SendLineAsync(string line) => await _stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\r\n"));

    public async Task SendRawAsync(byte[] bytes) => await _stream.WriteAsync(bytes);

    /// <summary>Waits for <paramref name="fragment"/> to arrive after the last thing waited for, and moves past it.</summary>
    public async Task<string> WaitForAsync(string fragment, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var text = _text.ToString();
                var at = text.IndexOf(fragment, _cursor, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var seen = text[_cursor..(at + fragment.Length)];
                    _cursor = at + fragment.Length;
                    return seen;
                }

                if (Closed)
                {
                    throw new InvalidOperationException($"The connection closed before \"{fragment}\" arrived. Since the last match:\n{text[_cursor..]}");
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"\"{fragment}\" never arrived. Since the last match:\n{Transcript[_cursor..]}");
            }
        }
    }

    /// <summary>Waits for whichever of two fragments arrives first after the cursor, moves past it, and returns it.</summary>
    public async Task<string> WaitForEitherAsync(string first, string second, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var text = _text.ToString();
                var found = new[] { first, second }
                    .Select(f => (Fragment: f, At: text.IndexOf(f, _cursor, StringComparison.Ordinal)))
                    .Where(f => f.At >= 0)
                    .OrderBy(f => f.At)
                    .FirstOrDefault();
                if (found.Fragment is not null)
                {
                    _cursor = found.At + found.Fragment.Length;
                    return found.Fragment;
                }

                if (Closed)
                {
                    throw new InvalidOperationException($"The connection closed before \"{first}\" or \"{second}\" arrived. Since the last match:\n{text[_cursor..]}");
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Neither \"{first}\" nor \"{second}\" arrived. Since the last match:\n{Transcript[_cursor..]}");
            }
        }
    }

    /// <summary>Logs in to an existing account (created with <see cref="CreateAndConnectAsync"/>).</summary>
    public async Task ConnectToAsync(string name)
    {
        await WaitForAsync("connect <name>");
        await SendLineAsync($"connect {name} s3cretpw");
        await WaitForAsync($"Welcome, {name}");
    }

    /// <summary>
    /// Runs a command and waits for its answer, so whatever the game sent before has arrived too; then
    /// returns everything received since the previous wait.
    /// </summary>
    public async Task<string> FenceAsync()
    {
        var marker = "fence" + Guid.NewGuid().ToString("N")[..8];
        await SendLineAsync($"help {marker}");
        return await WaitForAsync(marker);
    }

    /// <summary>Logs in with a fresh account and waits for the room; returns the account name.</summary>
    public async Task<string> CreateAndConnectAsync(string? name = null)
    {
        name ??= "P" + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(10).ToArray());
        await WaitForAsync("connect <name>");
        await SendLineAsync($"create {name} s3cretpw");
        await WaitForAsync("created");
        await SendLineAsync($"connect {name} s3cretpw");
        await WaitForAsync("Exits:");
        return name;
    }

    /// <summary>Waits for the server to close the connection.</summary>
    public async Task WaitForClosedAsync()
    {
        try
        {
            await _reading.WaitAsync(TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The server never closed the connection. Since the last match:\n{Transcript[_cursor..]}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[8192];
        try
        {
            while (true)
            {
                var read = await _stream.ReadAsync(buffer);
                if (read == 0)
                {
                    break;
                }

                Append(StripTelnet(buffer.AsSpan(0, read)));
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // Closed by either side.
        }

        lock (_gate)
        {
            Closed = true;
            _changed.TrySetResult();
        }
    }

    private void Append(string text)
    {
        lock (_gate)
        {
            _text.Append(AnsiEscape().Replace(text, "").Replace("\r", "", StringComparison.Ordinal));
            _changed.TrySetResult();
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    // Drops IAC commands and subnegotiations; good enough for a reader that never negotiates.
    private static string StripTelnet(ReadOnlySpan<byte> data)
    {
        var plain = new List<byte>(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] != 255)
            {
                plain.Add(data[i]);
                continue;
            }

            if (i + 1 >= data.Length)
            {
                break;
            }

            var command = data[i + 1];
            if (command == 255)
            {
                plain.Add(255);
                i++;
            }
            else if (command is >= 251 and <= 254)
            {
                i += 2;
            }
            else if (command == 250)
            {
                var end = data[i..].IndexOf([(byte)255, (byte)240]);
                i = end < 0 ? data.Length : i + end + 1;
            }
            else
            {
                i++;
            }
        }

        return Encoding.UTF8.GetString(plain.ToArray());
    }

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex AnsiEscape();
}
