using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;

namespace Mud.Portal.WebSocket;

/// <summary>
/// Turns each WebSocket request Kestrel accepted into a <see cref="WebSocketConnection"/> and runs it for as long
/// as the client stays, in the shared registry (so a silo reload resumes it like a telnet connection).
/// </summary>
public sealed partial class WebSocketSessions(
    IOptions<WebSocketOptions> options,
    IOptions<TelnetOptions> limits,
    PortalIdentity portal,
    IClusterClient client,
    ClusterLink link,
    ConnectionRegistry connections,
    IHostApplicationLifetime lifetime,
    ILoggerFactory loggers)
{
    private const string ShutdownNotice = "|y[The portal is shutting down. Please reconnect in a moment.]|n";
    private const string NotAWebSocket = "This port speaks WebSocket (JSON messages [\"name\", [args], {kwargs}]). Connect with a WebSocket client.";
    private readonly ILogger _logger = loggers.CreateLogger<WebSocketSessions>();
    private readonly ILogger _connectionLogger = loggers.CreateLogger<WebSocketConnection>();

    public async Task ServeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status426UpgradeRequired;
            context.Response.Headers.Upgrade = "websocket";
            await context.Response.WriteAsync(NotAWebSocket);
            return;
        }

        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        if (connections.Count >= limits.Value.MaxConnections)
        {
            await webSocket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "The game is full right now.", CancellationToken.None)
                .ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        var protocol = context.Request.IsHttps ? "WebSocket TLS" : "WebSocket";
        var remote = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var connection = new WebSocketConnection(webSocket, remote, limits.Value, options.Value, portal, client, link, _connectionLogger);
        connections.Add(connection);
        LogConnected(_logger, protocol, connection.SessionId, remote);
        try
        {
            using var stopping = lifetime.ApplicationStopping.Register(() => connection.Disconnect(ShutdownNotice));

            // The session grain is closed on the way out, even when the Portal itself is stopping.
            await connection.RunAsync(CancellationToken.None);
        }
        finally
        {
            connections.Remove(connection);
            LogDisconnected(_logger, protocol, connection.SessionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} session {SessionId} connected from {RemoteAddress}")]
    private static partial void LogConnected(ILogger logger, string protocol, string sessionId, string remoteAddress);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} session {SessionId} disconnected")]
    private static partial void LogDisconnected(ILogger logger, string protocol, string sessionId);
}
