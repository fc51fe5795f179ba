using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mud.Tests.Bench;

/// <summary>
/// A tiny telnet game on a loopback port that speaks just enough of the Mud dialogue for the load tool:
/// a banner with a negotiation and colour in it, create, connect, think, say (heard by everyone else) and pub (the
/// Public channel, heard by everyone, the speaker too), and <c>@perm</c> answered as the Mud does for its one admin,
/// <see cref="Admin"/>. With <c>mccp</c>, it offers MCCP2 and compresses all it sends after a client agrees, and
/// counts its bytes as written and as sent.
/// </summary>
public sealed class FakeTelnetGame : IAsyncDisposable
{
    /// <summary>The one account whose <c>@perm</c> is obeyed.</summary>
    public const string Admin = "boss";

    // The client's answers to the MCCP2 offer, as the Latin-1 line reader sees them (IAC DO / IAC DONT, then 'V', 86).
    private const string DoMccp2 = "\u00FF\u00FDV";
    private const string DontMccp2 = "\u00FF\u00FEV";
    private static readonly string Room = "A quiet room.\r\n" + string.Concat(Enumerable.Repeat("A smooth grey pebble lies here.\r\n", 20)) + "Exits: out.\r\n";
    private readonly bool _mccp;
    private long _textBytes;
    private long _wireBytes;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<Player, byte> _players = new();
    private readonly ConcurrentDictionary<string, byte> _accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _verbs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public FakeTelnetGame(bool mccp = false)
    {
        _mccp = mccp;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int AccountsCreated => _accounts.Count;

    /// <summary>How many lines began with each word, answered or not.</summary>
    public IReadOnlyDictionary<string, int> Verbs => _verbs;

    /// <summary>Bytes the game wrote to all players, before any compression.</summary>
    public long TextBytesSent => Interlocked.Read(ref _textBytes);

    /// <summary>Bytes that went onto the sockets.</summary>
    public long WireBytesSent => Interlocked.Read(ref _wireBytes);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var player in _players.Keys)
        {
            player.Socket.Dispose();
        }

        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);

            // As the Portal does: with Nagle on, a short reply written right after a long one waits for the client's
            // delayed ACK, and the bench would time that wait instead of the game.
            socket.NoDelay = true;
            var player = new Player(socket, this);
            _players[player] = 0;
            _ = ServeAsync(player);
        }
    }

    private async Task ServeAsync(Player player)
    {
        try
        {
            await player.SendAsync(_mccp ? [255, 251, 3, 255, 251, 86] : [255, 251, 3]);
            await player.SendAsync("\u001b[1mWelcome.\u001b[0m Type connect <name> <password>.\r\n");
            // Latin-1 keeps every byte as one character, so telnet answers can be told apart in a line.
            using var reader = new StreamReader(new NetworkStream(player.Socket), Encoding.Latin1, detectEncodingFromByteOrderMarks: false);
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (_mccp && line.Contains(DoMccp2, StringComparison.Ordinal))
                {
                    await player.StartCompressionAsync();
                }

                // The client's answers to the banner's offers come before its first line: only printable ASCII is the line.
                var text = line.Replace(DoMccp2, "", StringComparison.Ordinal).Replace(DontMccp2, "", StringComparison.Ordinal);
                await HandleAsync(player, new string([.. text.Where(c => c is >= ' ' and < '\u007F')]));
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away.
        }
        finally
        {
            _players.TryRemove(player, out _);
        }
    }

    private async Task HandleAsync(Player player, string line)
    {
        var words = line.Split(' ', 2);
        var rest = words.Length > 1 ? words[1] : "";
        _verbs.AddOrUpdate(words[0], 1, (_, n) => n + 1);
        switch (words[0])
        {
            case "create":
                var name = rest.Split(' ')[0];
                await player.SendAsync(_accounts.TryAdd(name, 0) ? $"Account {name} created. Now log in with connect.\r\n" : "That name is taken.\r\n");
                break;
            case "connect":
                player.Name = rest.Split(' ')[0];
                await player.SendAsync($"Welcome, {player.Name}.\r\n");
                break;
            case "look":
                await player.SendAsync(Room);
                break;
            case "think":
                await player.SendAsync(rest + "\r\n");
                break;
            case "say":
                await player.SendAsync($"You say, \"{rest}\"\r\n");
                foreach (var other in _players.Keys.Where(p => p != player && p.Name is not null))
                {
                    await other.SendAsync($"{player.Name} says, \"{rest}\"\r\n");
                }

                break;
            case "@perm" when player.Name == Admin:
                await player.SendAsync($"{rest.Split(' ')[0]} is now a Builder (was Player).\r\n");
                break;
            case "@perm":
                await player.SendAsync("You may not do that.\r\n");
                break;
            case "pub":
                foreach (var listener in _players.Keys.Where(p => p.Name is not null))
                {
                    await listener.SendAsync($"\u001b[1;36m[Public]\u001b[0m {player.Name}: {rest}\r\n");
                }

                break;
        }
    }

    private sealed class Player(Socket socket, FakeTelnetGame game)
    {
        private readonly SemaphoreSlim _writing = new(1);
        private readonly MemoryStream _compressed = new();
        private ZLibStream? _zlib;

        public Socket Socket => socket;

        public string? Name { get; set; }

        public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

        public async Task SendAsync(byte[] bytes)
        {
            await _writing.WaitAsync();
            try
            {
                Interlocked.Add(ref game._textBytes, bytes.Length);
                if (_zlib is null)
                {
                    await SendOnWireAsync(bytes);
                    return;
                }

                // A sync flush after each message, as the Portal does, so the client can inflate it at once.
                _zlib.Write(bytes);
                _zlib.Flush();
                var compressed = _compressed.ToArray();
                _compressed.SetLength(0);
                await SendOnWireAsync(compressed);
            }
            finally
            {
                _writing.Release();
            }
        }

        /// <summary>IAC SB MCCP2 IAC SE, and from then on one zlib stream.</summary>
        public async Task StartCompressionAsync()
        {
            await SendAsync([255, 250, 86, 255, 240]);
            await _writing.WaitAsync();
            _zlib = new ZLibStream(_compressed, CompressionLevel.Optimal, leaveOpen: true);
            _writing.Release();
        }

        private async Task SendOnWireAsync(byte[] bytes)
        {
            Interlocked.Add(ref game._wireBytes, bytes.Length);
            await socket.SendAsync(bytes, SocketFlags.None);
        }
    }
}
