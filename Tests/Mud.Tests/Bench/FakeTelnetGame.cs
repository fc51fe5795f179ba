using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mud.Tests.Bench;

/// <summary>
/// A tiny telnet game on a loopback port that speaks just enough of the Mud dialogue for the load tool:
/// a banner with a negotiation and colour in it, create, connect, think and say (heard by everyone else).
/// </summary>
public sealed class FakeTelnetGame : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<Player, byte> _players = new();
    private readonly ConcurrentDictionary<string, byte> _accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _verbs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public FakeTelnetGame()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int AccountsCreated => _accounts.Count;

    /// <summary>How many lines began with each word, answered or not.</summary>
    public IReadOnlyDictionary<string, int> Verbs => _verbs;

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
            var player = new Player(socket);
            _players[player] = 0;
            _ = ServeAsync(player);
        }
    }

    private async Task ServeAsync(Player player)
    {
        try
        {
            await player.SendAsync([255, 251, 3]);
            await player.SendAsync("\u001b[1mWelcome.\u001b[0m Type connect <name> <password>.\r\n");
            using var reader = new StreamReader(new NetworkStream(player.Socket), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                // The client's DONT answer to the banner's WILL decodes as replacement characters and a control byte.
                await HandleAsync(player, new string([.. line.Where(c => c >= ' ' && c != '\uFFFD')]));
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
        }
    }

    private sealed class Player(Socket socket)
    {
        private readonly SemaphoreSlim _writing = new(1);

        public Socket Socket => socket;

        public string? Name { get; set; }

        public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

        public async Task SendAsync(byte[] bytes)
        {
            await _writing.WaitAsync();
            try
            {
                await socket.SendAsync(bytes, SocketFlags.None);
            }
            finally
            {
                _writing.Release();
            }
        }
    }
}
