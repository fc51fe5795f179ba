using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Hosting;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;

namespace Mud.Portal.WebSocket;

/// <summary>Accepts WebSocket clients on <c>Mud:WebSocket:Port</c>: the HTTP upgrade, then JSON messages.</summary>
public class WebSocketListener(
    IOptions<WebSocketOptions> options,
    IOptions<TelnetOptions> limits,
    IConfiguration configuration,
    PortalIdentity portal,
    IClusterClient client,
    ClusterLink link,
    ConnectionRegistry connections,
    ILoggerFactory loggers) : ConnectionListener<WebSocketConnection>(connections, loggers.CreateLogger<WebSocketListener>())
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);
    private readonly ILogger _connectionLogger = loggers.CreateLogger<WebSocketConnection>();

    protected override string Protocol => "WebSocket";

    protected override IPEndPoint Endpoint => new(MudHost.BindAddress(configuration), Port);

    /// <summary>The port this listener takes from the settings.</summary>
    protected virtual int Port => Settings.Port;

    protected WebSocketOptions Settings => options.Value;

    protected override async Task ServeAsync(Socket socket, CancellationToken stoppingToken)
    {
        var remote = (socket.RemoteEndPoint as IPEndPoint)?.Address.ToString() ?? "unknown";
        if (await UpgradeAsync(socket, stoppingToken) is not { } webSocket)
        {
            return;
        }

        if (Connections.Count >= limits.Value.MaxConnections)
        {
            using (webSocket)
            {
                await webSocket.CloseOutputAsync(System.Net.WebSockets.WebSocketCloseStatus.EndpointUnavailable, "The game is full right now.", CancellationToken.None)
                    .ContinueWith(_ => { }, TaskScheduler.Default);
            }

            return;
        }

        await RunAsync(new WebSocketConnection(webSocket, remote, limits.Value, options.Value, portal, client, link, _connectionLogger), stoppingToken);
    }

    /// <summary>The TLS handshake on the TLS port, then the HTTP upgrade, within <see cref="HandshakeTimeout"/>; null when either failed.</summary>
    private async Task<System.Net.WebSockets.WebSocket?> UpgradeAsync(Socket socket, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(HandshakeTimeout);
        if (await OpenStreamAsync(socket, timeout.Token) is not { } stream)
        {
            return null;
        }

        try
        {
            if (await HandshakeAsync(stream, timeout.Token))
            {
                return System.Net.WebSockets.WebSocket.CreateFromStream(stream, new System.Net.WebSockets.WebSocketCreationOptions { IsServer = true, KeepAliveInterval = KeepAlive });
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went, or was too slow: nothing to answer.
        }

        await stream.DisposeAsync();
        return null;
    }

    /// <summary>Reads the request head and answers it; true when the connection is now a WebSocket.</summary>
    private static async Task<bool> HandshakeAsync(Stream stream, CancellationToken cancellation)
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
}
