using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Mud.Tests.EndToEnd;

/// <summary>One MUD with an operator's extra MSSP variable, shared by the telnet protocol tests.</summary>
public sealed class TelnetProtocolsMudFixture : IAsyncLifetime
{
    public MudInstance Mud { get; private set; } = null!;

    public async Task InitializeAsync() => Mud = await MudInstance.StartAsync(new Dictionary<string, string> { ["Mud__Mssp__Variables__GENRE"] = "Fantasy" });

    public async Task DisposeAsync() => await Mud.DisposeAsync();
}

/// <summary>Prompts, MSSP and MCCP on the wire, against the real processes; MCCP2 and MCCP3 with the real tintin++.</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed partial class TelnetProtocolsEndToEndTests(TelnetProtocolsMudFixture fixture) : IClassFixture<TelnetProtocolsMudFixture>
{
    private const byte Iac = 255, Sb = 250, Se = 240, Will = 251, Do = 253, Ga = 249, Eor = 239;
    private const byte Echo = 1, EndOfRecord = 25, Mssp = 70;

    private MudInstance Mud => fixture.Mud;

    [Fact]
    public async Task Tintin_CompressingBothWays_SeesTheLoginScreen_AndACommandsReply()
    {
        var name = TintinRun.UniqueName("Zip");

        // tintin accepts COMPRESS2 and COMPRESS3 by default; "debug telnet" makes it print what it negotiated.
        using var tintin = await TintinRun.StartAsync(_ => $$$"""
            #config {debug telnet} on
            #event {SESSION DISCONNECTED} {#end}
            #action {connect <name>} {#send {create {{{name}}} s3cretpw};#send {connect {{{name}}} s3cretpw}}
            #action {Welcome, {{{name}}}} {#send {say squeezed through zlib}}
            #session mud 127.0.0.1 {{{Mud.TelnetPort}}}

            """);

        var text = await tintin.WaitForAsync("MCCP2 INITIALIZED", "MCCP3 INITIALIZED", "connect <name>", $"Welcome, {name}", "You say, \"squeezed through zlib\"");

        // Both streams started before the login: the typed lines and the game's replies went through zlib.
        foreach (var started in new[] { "MCCP2 INITIALIZED", "MCCP3 INITIALIZED" })
        {
            Assert.True(
                text.IndexOf(started, StringComparison.Ordinal) < text.IndexOf($"Welcome, {name}", StringComparison.Ordinal),
                $"{started} should come before the login. tintin:\n{tintin.Tail}");
        }

        Assert.DoesNotContain("MCCP3: Compression error", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PasswordPrompt_TurnsEchoOffFirst_AndEndsWithEorOrGoAhead_WithoutALineBreak()
    {
        var name = "Pw" + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(8).ToArray());
        await using (var creator = await RawClient.ConnectAsync(Mud.TelnetPort))
        {
            await creator.WaitForAsync("connect <name>"u8.ToArray());
            await creator.SendAsync(Encoding.ASCII.GetBytes($"create {name} s3cretpw\r\n"));
            await creator.WaitForAsync("created"u8.ToArray());
        }

        // A client that agrees to EOR gets IAC EOR after the prompt; one that says nothing gets IAC GA.
        foreach (var (answer, mark) in new[] { (new byte[] { Iac, Do, EndOfRecord }, Eor), ([], Ga) })
        {
            await using var client = await RawClient.ConnectAsync(Mud.TelnetPort);
            await client.SendAsync(answer);
            await client.WaitForAsync("connect <name>"u8.ToArray());
            int from = client.Received.Length;
            await client.SendAsync(Encoding.ASCII.GetBytes($"connect {name}\r\n"));

            byte[] prompt = [Iac, Will, Echo, .. "Password: "u8, Iac, mark];
            await client.WaitForAsync(prompt, from);
            await client.SendAsync("s3cretpw\r\n"u8.ToArray());
            await client.WaitForAsync("Welcome, "u8.ToArray(), from);
        }
    }

    [Fact]
    public async Task MsspRequest_TypedFirst_GetsThePlainTextReply_AndTheConnectionCloses()
    {
        await using var crawler = await RawClient.ConnectAsync(Mud.TelnetPort);

        await crawler.SendAsync("MSSP-REQUEST\r\n"u8.ToArray());
        await crawler.WaitForClosedAsync();

        var text = Encoding.UTF8.GetString(crawler.Received);
        var start = text.IndexOf("\r\nMSSP-REPLY-START\r\n", StringComparison.Ordinal);
        var end = text.IndexOf("MSSP-REPLY-END\r\n", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "Expected MSSP-REPLY-START ... MSSP-REPLY-END. Got:\n" + text);
        var variables = text[(start + "\r\nMSSP-REPLY-START\r\n".Length)..end]
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => parts[1]);
        AssertRequiredVariables(variables);
        Assert.DoesNotContain("Unknown command", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DoMssp_GetsTheVariablesAsASubnegotiation()
    {
        await using var crawler = await RawClient.ConnectAsync(Mud.TelnetPort);
        await crawler.WaitForAsync([Iac, Will, Mssp]);

        await crawler.SendAsync([Iac, Do, Mssp]);
        int at = await crawler.WaitForAsync([Iac, Sb, Mssp]);
        int end = await crawler.WaitForAsync([Iac, Se], at);

        var variables = new Dictionary<string, string>();
        var payload = crawler.Received[at..(end - 2)];
        foreach (var pair in Encoding.UTF8.GetString(payload).Split('\u0001', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('\u0002');
            variables[parts[0]] = parts[1];
        }

        AssertRequiredVariables(variables);
    }

    private void AssertRequiredVariables(Dictionary<string, string> variables)
    {
        var shown = string.Join(", ", variables.Select(v => $"{v.Key}={v.Value}"));
        Assert.True(variables.ContainsKey("NAME"), shown);
        Assert.True(int.TryParse(variables.GetValueOrDefault("PLAYERS"), out _), shown);
        Assert.True(long.TryParse(variables.GetValueOrDefault("UPTIME"), out var uptime) && uptime > DateTimeOffset.UtcNow.AddDays(-1).ToUnixTimeSeconds(), shown);
        Assert.Equal("Mud", variables.GetValueOrDefault("CODEBASE"));
        Assert.Equal(Mud.TelnetPort.ToString(System.Globalization.CultureInfo.InvariantCulture), variables.GetValueOrDefault("PORT"));
        Assert.Equal("-1", variables.GetValueOrDefault("CRAWL DELAY"));
        Assert.Equal("1", variables.GetValueOrDefault("MCCP"));
        Assert.Equal("Fantasy", variables.GetValueOrDefault("GENRE"));
    }

    /// <summary>A telnet client that answers nothing and keeps every byte, for tests of exact sequences.</summary>
    private sealed class RawClient : IAsyncDisposable
    {
        private readonly Socket _socket;
        private readonly List<byte> _received = [];
        private readonly Lock _gate = new();
        private readonly Task _reading;
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _closed;

        private RawClient(Socket socket)
        {
            _socket = socket;
            _reading = ReadAsync();
        }

        public byte[] Received
        {
            get
            {
                lock (_gate)
                {
                    return [.. _received];
                }
            }
        }

        public static async Task<RawClient> ConnectAsync(int port)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(IPAddress.Loopback, port);
            return new RawClient(socket);
        }

        public async Task SendAsync(byte[] bytes)
        {
            if (bytes.Length > 0)
            {
                await _socket.SendAsync(bytes, SocketFlags.None);
            }
        }

        /// <summary>Waits for <paramref name="sequence"/> at or after <paramref name="from"/>; returns the index just past it.</summary>
        public async Task<int> WaitForAsync(byte[] sequence, int from = 0)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    var at = from <= _received.Count ? _received.ToArray().AsSpan(from).IndexOf(sequence) : -1;
                    if (at >= 0)
                    {
                        return from + at + sequence.Length;
                    }

                    if (_closed)
                    {
                        throw new InvalidOperationException($"The connection closed before {Convert.ToHexString(sequence)} arrived. Got:\n{Shown()}");
                    }

                    changed = _changed.Task;
                }

                try
                {
                    await changed.WaitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    lock (_gate)
                    {
                        throw new TimeoutException($"{Convert.ToHexString(sequence)} (\"{Encoding.UTF8.GetString(sequence)}\") never arrived. Got:\n{Shown()}");
                    }
                }
            }
        }

        public async Task WaitForClosedAsync()
        {
            try
            {
                await _reading.WaitAsync(TimeSpan.FromSeconds(20));
            }
            catch (TimeoutException)
            {
                throw new TimeoutException("The server never closed the connection. Got:\n" + Encoding.UTF8.GetString(Received));
            }
        }

        public async ValueTask DisposeAsync()
        {
            _socket.Dispose();
            await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        // Bytes as hex, with the text beside them, so a failure shows the exact sequence.
        private string Shown() => Convert.ToHexString([.. _received]) + "\n" + Encoding.UTF8.GetString([.. _received]);

        private async Task ReadAsync()
        {
            var buffer = new byte[8192];
            try
            {
                while (true)
                {
                    var read = await _socket.ReceiveAsync(buffer, SocketFlags.None);
                    if (read == 0)
                    {
                        break;
                    }

                    lock (_gate)
                    {
                        _received.AddRange(buffer.AsSpan(0, read));
                        _changed.TrySetResult();
                        _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
                    }
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // Closed by either side.
            }

            lock (_gate)
            {
                _closed = true;
                _changed.TrySetResult();
            }
        }
    }
}
