using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Mud.Tests.EndToEnd;

/// <summary>
/// A telnet client that speaks MSDP and GMCP the way Mudlet does at connect: it answers WILL MSDP and WILL
/// GMCP with DO (GMCP followed at once by Core.Hello and Core.Supports.Set), parses the server's bytes with a
/// proper state machine (subnegotiations may span reads), and lets a test await text or subnegotiations.
/// </summary>
public sealed partial class OobTelnetClient : IAsyncDisposable
{
    public const byte Msdp = 69;
    public const byte Gmcp = 201;
    private const byte Iac = 255, Sb = 250, Se = 240, Will = 251, Wont = 252, Do = 253, Dont = 254;

    private readonly Socket _socket;
    private readonly string[] _gmcpSupports;
    private readonly StringBuilder _text = new();
    private readonly List<(byte Option, byte[] Payload)> _frames = [];
    private readonly Lock _gate = new();
    private readonly Task _reading;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _textCursor;

    private OobTelnetClient(Socket socket, string[] gmcpSupports)
    {
        _socket = socket;
        _gmcpSupports = gmcpSupports;
        _reading = ReadAsync();
    }

    public bool Closed { get; private set; }

    public static async Task<OobTelnetClient> ConnectAsync(int port, params string[] gmcpSupports)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port);
        return new OobTelnetClient(socket, gmcpSupports);
    }

    public Task SendLineAsync(string line) => SendAsync(Encoding.UTF8.GetBytes(line + "\r\n"));

    public Task SendGmcpAsync(string payload) => SendAsync([Iac, Sb, Gmcp, .. Encoding.UTF8.GetBytes(payload), Iac, Se]);

    /// <summary>Sends an MSDP subnegotiation; <paramref name="payload"/> is raw (VAR is 1, VAL is 2, ...), escaped here.</summary>
    public Task SendMsdpAsync(params byte[] payload) => SendAsync([Iac, Sb, Msdp, .. payload.SelectMany(b => b == Iac ? new[] { Iac, Iac } : [b]), Iac, Se]);

    public Task SendRawAsync(byte[] bytes) => SendAsync(bytes);

    /// <summary>MSDP <c>VAR name VAL value...</c>, as bytes.</summary>
    public static byte[] MsdpVar(string name, params string[] values) =>
        [1, .. Encoding.UTF8.GetBytes(name), .. values.SelectMany(v => new byte[] { 2 }.Concat(Encoding.UTF8.GetBytes(v)))];

    /// <summary>Waits for text after the last text waited for, and moves past it.</summary>
    public async Task WaitForTextAsync(string fragment, TimeSpan? timeout = null)
    {
        await WaitAsync(() =>
        {
            var text = _text.ToString();
            var at = text.IndexOf(fragment, _textCursor, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            _textCursor = at + fragment.Length;
            return true;
        }, () => $"text \"{fragment}\"; since the last match:\n{_text.ToString()[_textCursor..]}", timeout);
    }

    /// <summary>Waits until <paramref name="count"/> GMCP messages named <paramref name="package"/> whose body matches have arrived; returns their bodies.</summary>
    public async Task<IReadOnlyList<string>> WaitForGmcpAsync(string package, Func<string, bool>? body = null, int count = 1, TimeSpan? timeout = null)
    {
        IReadOnlyList<string> found = [];
        await WaitAsync(() =>
        {
            found = [.. GmcpBodies(package).Where(b => body?.Invoke(b) ?? true)];
            return found.Count >= count;
        }, () => $"{count} x GMCP {package}; got:\n{string.Join("\n", _frames.Where(f => f.Option == Gmcp).Select(f => Encoding.UTF8.GetString(f.Payload)))}", timeout);
        return found;
    }

    /// <summary>Waits until <paramref name="count"/> MSDP values of <paramref name="variable"/> matching have arrived; returns the raw values (after its VAL).</summary>
    public async Task<IReadOnlyList<byte[]>> WaitForMsdpAsync(string variable, Func<byte[], bool>? value = null, int count = 1, TimeSpan? timeout = null)
    {
        IReadOnlyList<byte[]> found = [];
        await WaitAsync(() =>
        {
            found = [.. MsdpValues(variable).Where(v => value?.Invoke(v) ?? true)];
            return found.Count >= count;
        }, () => $"{count} x MSDP {variable}; got:\n{string.Join("\n", _frames.Where(f => f.Option == Msdp).Select(f => Convert.ToHexString(f.Payload)))}", timeout);
        return found;
    }

    /// <summary>The GMCP bodies received for <paramref name="package"/> so far.</summary>
    public IReadOnlyList<string> GmcpBodies(string package)
    {
        lock (_gate)
        {
            return [.. _frames.Where(f => f.Option == Gmcp).Select(f => Encoding.UTF8.GetString(f.Payload))
                .Where(p => p == package || p.StartsWith(package + " ", StringComparison.Ordinal))
                .Select(p => p.Length > package.Length ? p[(package.Length + 1)..] : "")];
        }
    }

    /// <summary>The MSDP values received for <paramref name="variable"/> so far, each the bytes after its VAL (one frame, one variable).</summary>
    public IReadOnlyList<byte[]> MsdpValues(string variable)
    {
        var prefix = (byte[])[1, .. Encoding.UTF8.GetBytes(variable), 2];
        lock (_gate)
        {
            return [.. _frames.Where(f => f.Option == Msdp && f.Payload.AsSpan().StartsWith(prefix)).Select(f => f.Payload[prefix.Length..])];
        }
    }

    public async Task<string> CreateAndConnectAsync()
    {
        var name = "O" + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(10).ToArray());
        await WaitForTextAsync("connect <name>");
        await SendLineAsync($"create {name} s3cretpw");
        await WaitForTextAsync("created");
        await SendLineAsync($"connect {name} s3cretpw");
        await WaitForTextAsync("Exits:");
        return name;
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task SendAsync(byte[] bytes) => await _socket.SendAsync(bytes, SocketFlags.None);

    private async Task WaitAsync(Func<bool> done, Func<string> describe, TimeSpan? timeout)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (done())
                {
                    return;
                }

                if (Closed)
                {
                    throw new InvalidOperationException("The connection closed while waiting for " + describe());
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                lock (_gate)
                {
                    throw new TimeoutException("Never received " + describe());
                }
            }
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[8192];
        var parser = new Parser(this);
        try
        {
            while (true)
            {
                var read = await _socket.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                {
                    break;
                }

                var replies = new List<byte>();
                lock (_gate)
                {
                    parser.Feed(buffer.AsSpan(0, read), replies);
                    _changed.TrySetResult();
                    _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                if (replies.Count > 0)
                {
                    await SendAsync([.. replies]);
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Closed by either side.
        }

        lock (_gate)
        {
            Closed = true;
            _changed.TrySetResult();
        }
    }

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex AnsiEscape();

    private sealed class Parser(OobTelnetClient client)
    {
        private readonly List<byte> _data = [];
        private readonly List<byte> _sb = [];
        private State _state;
        private byte _command;

        private enum State
        {
            Data,
            Iac,
            Negotiation,
            SbOption,
            SbData,
            SbIac,
        }

        public void Feed(ReadOnlySpan<byte> bytes, List<byte> replies)
        {
            foreach (var b in bytes)
            {
                switch (_state)
                {
                    case State.Data when b == Iac:
                        _state = State.Iac;
                        break;
                    case State.Data:
                        _data.Add(b);
                        break;
                    case State.Iac when b == Iac:
                        _data.Add(b);
                        _state = State.Data;
                        break;
                    case State.Iac when b is Will or Wont or Do or Dont:
                        _command = b;
                        _state = State.Negotiation;
                        break;
                    case State.Iac when b == Sb:
                        _state = State.SbOption;
                        break;
                    case State.Iac:
                        _state = State.Data;
                        break;
                    case State.Negotiation:
                        Negotiate(_command, b, replies);
                        _state = State.Data;
                        break;
                    case State.SbOption:
                        _sb.Clear();
                        _sb.Add(b);
                        _state = State.SbData;
                        break;
                    case State.SbData when b == Iac:
                        _state = State.SbIac;
                        break;
                    case State.SbData:
                        _sb.Add(b);
                        break;
                    case State.SbIac when b == Se:
                        client._frames.Add((_sb[0], [.. _sb.Skip(1)]));
                        _state = State.Data;
                        break;
                    case State.SbIac:
                        _sb.Add(b);
                        _state = State.SbData;
                        break;
                }
            }

            if (_data.Count > 0)
            {
                var text = Encoding.UTF8.GetString([.. _data]);
                client._text.Append(AnsiEscape().Replace(text, "").Replace("\r", "", StringComparison.Ordinal));
                _data.Clear();
            }
        }

        private void Negotiate(byte command, byte option, List<byte> replies)
        {
            if (command != Will || option is not (Msdp or Gmcp))
            {
                return;
            }

            replies.AddRange([Iac, Do, option]);
            if (option == Gmcp && client._gmcpSupports.Length > 0)
            {
                replies.AddRange([Iac, Sb, Gmcp, .. Encoding.UTF8.GetBytes("Core.Hello { \"client\": \"Mudlet\", \"version\": \"4.19.1\"}"), Iac, Se]);
                var supports = "Core.Supports.Set [ " + string.Join(", ", client._gmcpSupports.Select(s => $"\"{s}\"")) + " ]";
                replies.AddRange([Iac, Sb, Gmcp, .. Encoding.UTF8.GetBytes(supports), Iac, Se]);
            }
        }
    }
}
