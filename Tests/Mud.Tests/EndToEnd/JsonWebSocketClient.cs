using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Mud.Tests.EndToEnd;

/// <summary>A third-party web client of the Portal's JSON WebSocket endpoint: sends and records <c>["name", [args], {kwargs}]</c> messages.</summary>
public sealed class JsonWebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly List<JsonElement> _received = [];
    private readonly Lock _gate = new();
    private readonly Task _reading;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private JsonWebSocketClient(ClientWebSocket socket)
    {
        _socket = socket;
        _reading = ReadAsync();
    }

    public WebSocketState State => _socket.State;

    public static Task<JsonWebSocketClient> ConnectAsync(int port) => ConnectAsync(new Uri($"ws://127.0.0.1:{port}/"), new ClientWebSocket());

    /// <summary>Connects as a browser's script on the page at <paramref name="origin"/> would (it sends that <c>Origin</c>).</summary>
    public static Task<JsonWebSocketClient> ConnectFromPageAsync(int port, string origin)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", origin);
        return ConnectAsync(new Uri($"ws://127.0.0.1:{port}/"), socket);
    }

    /// <summary>Connects with <c>wss://</c>, trusting whatever certificate the server presents.</summary>
    public static Task<JsonWebSocketClient> ConnectTlsAsync(int port)
    {
        var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        return ConnectAsync(new Uri($"wss://127.0.0.1:{port}/"), socket);
    }

    private static async Task<JsonWebSocketClient> ConnectAsync(Uri address, ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(address, timeout.Token);
        return new JsonWebSocketClient(socket);
    }

    public Task SendAsync(string name, object[]? args = null, object? kwargs = null) =>
        SendRawAsync(JsonSerializer.Serialize(new object[] { name, args ?? [], kwargs ?? new Dictionary<string, object>() }));

    public async Task SendRawAsync(string text) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>Waits for a message named <paramref name="name"/> matching <paramref name="match"/>; returns it as [name, args, kwargs].</summary>
    public async Task<JsonElement> WaitForAsync(string name, Func<JsonElement, bool>? match = null, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var found = _received.FirstOrDefault(m => m[0].GetString() == name && (match?.Invoke(m) ?? true));
                if (found.ValueKind != JsonValueKind.Undefined)
                {
                    return found;
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
                    throw new TimeoutException($"No \"{name}\" message matching arrived. Got:\n{string.Join("\n", _received.Select(m => m.GetRawText()))}");
                }
            }
        }
    }

    /// <summary>Waits for a text message containing <paramref name="fragment"/>.</summary>
    public Task<JsonElement> WaitForTextAsync(string fragment) =>
        WaitForAsync("text", m => m[1][0].GetString()!.Contains(fragment, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[65536];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                var element = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                lock (_gate)
                {
                    _received.Add(element);
                    _changed.TrySetResult();
                    _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Closed by either side.
        }
    }
}
