using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Hosting;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;

namespace Mud.Portal.WebSocket;

/// <summary>
/// Accepts WebSocket clients on <c>Mud:WebSocket:Port</c>. Like the telnet listener it listens from the
/// moment the Portal starts, and its connections live in the same registry, so a silo reload resumes them too.
/// </summary>
public sealed partial class WebSocketListener(
    IOptions<WebSocketOptions> options,
    IOptions<TelnetOptions> limits,
    IConfiguration configuration,
    PortalIdentity portal,
    IClusterClient client,
    ClusterLink link,
    ConnectionRegistry connections,
    ILoggerFactory loggers) : BackgroundService
{
    private const string ShutdownNotice = "|y[The portal is shutting down. Please reconnect in a moment.]|n";
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);
    private readonly ILogger _logger = loggers.CreateLogger<WebSocketListener>();
    private readonly ILogger _connectionLogger = loggers.CreateLogger<WebSocketConnection>();
    private readonly List<Task> _running = [];
    private TcpListener? _listener;
    private volatile bool _stopping;

    /// <summary>The port actually bound (differs from the setting when that is 0).</summary>
    public int BoundPort { get; private set; }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var endpoint = new IPEndPoint(MudHost.BindAddress(configuration), options.Value.Port);
        _listener = new TcpListener(endpoint);
        _listener.Start(backlog: 1024);
        BoundPort = ((IPEndPoint)_listener.LocalEndpoint).Port;
        LogListening(_logger, endpoint.Address.ToString(), BoundPort);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stopping the listener fails the pending accept before the stopping token fires; the flag says that is expected.
        _stopping = true;
        _listener?.Stop();
        foreach (var connection in connections.All.OfType<WebSocketConnection>())
        {
            connection.Disconnect(ShutdownNotice);
        }

        await base.StopAsync(cancellationToken);
        Task[] running;
        lock (_running)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener!.AcceptSocketAsync(stoppingToken);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException && (_stopping || stoppingToken.IsCancellationRequested))
            {
                return;
            }

            socket.NoDelay = true;
            var run = ServeAsync(socket, stoppingToken);
            lock (_running)
            {
                _running.RemoveAll(t => t.IsCompleted);
                _running.Add(run);
            }
        }
    }

    private async Task ServeAsync(Socket socket, CancellationToken stoppingToken)
    {
        var remote = (socket.RemoteEndPoint as IPEndPoint)?.Address.ToString() ?? "unknown";
        var stream = new NetworkStream(socket, ownsSocket: true);
        System.Net.WebSockets.WebSocket webSocket;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(HandshakeTimeout);
            if (!await HandshakeAsync(stream, timeout.Token))
            {
                await stream.DisposeAsync();
                return;
            }

            webSocket = System.Net.WebSockets.WebSocket.CreateFromStream(stream, new System.Net.WebSockets.WebSocketCreationOptions { IsServer = true, KeepAliveInterval = KeepAlive });
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            await stream.DisposeAsync();
            return;
        }

        if (connections.Count >= limits.Value.MaxConnections)
        {
            using (webSocket)
            {
                await webSocket.CloseOutputAsync(System.Net.WebSockets.WebSocketCloseStatus.EndpointUnavailable, "The game is full right now.", CancellationToken.None)
                    .ContinueWith(_ => { }, TaskScheduler.Default);
            }

            return;
        }

        var connection = new WebSocketConnection(webSocket, remote, limits.Value, options.Value, portal, client, link, _connectionLogger);
        connections.Add(connection);
        LogConnected(_logger, connection.SessionId, remote);
        try
        {
            // The session grain is closed on the way out, even when the Portal itself is stopping.
            await connection.RunAsync(CancellationToken.None).WaitAsync(stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        finally
        {
            connections.Remove(connection);
            LogDisconnected(_logger, connection.SessionId);
        }
    }

    /// <summary>Reads the request head and answers it; true when the connection is now a WebSocket.</summary>
    private async Task<bool> HandshakeAsync(NetworkStream stream, CancellationToken cancellation)
    {
        var head = new byte[WebSocketHandshake.MaxHeadBytes];
        var length = 0;
        while (true)
        {
            var read = await stream.ReadAsync(head.AsMemory(length), cancellation);
            if (read == 0)
            {
                return false;
            }

            length += read;
            var end = head.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                // A client must wait for the answer before it sends frames (RFC 6455 4.1), so nothing may follow the head.
                var (accepted, response) = end + 4 == length
                    ? WebSocketHandshake.Answer(Encoding.Latin1.GetString(head, 0, end + 4))
                    : (false, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response), cancellation);
                return accepted;
            }

            if (length == head.Length)
            {
                await stream.WriteAsync("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), cancellation);
                return false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSocket listening on {Address}:{Port}")]
    private static partial void LogListening(ILogger logger, string address, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSocket session {SessionId} connected from {RemoteAddress}")]
    private static partial void LogConnected(ILogger logger, string sessionId, string remoteAddress);

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSocket session {SessionId} disconnected")]
    private static partial void LogDisconnected(ILogger logger, string sessionId);
}
