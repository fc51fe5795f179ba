using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;
using Mud.Sessions;

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

        var protocol = context.Request.IsHttps ? "WebSocket TLS" : "WebSocket";
        var remote = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var block = AddressBlock.Of(remote);
        var refusal = connections.Count >= limits.Value.MaxConnections ? ConnectionRefusals.Full
            : !connections.TryReserveAddress(block, limits.Value.MaxConnectionsPerAddress) ? ConnectionRefusals.TooManyFromAddress
            : null;
        if (refusal is not null)
        {
            if (refusal == ConnectionRefusals.TooManyFromAddress)
            {
                LogTooManyFromAddress(_logger, protocol, block, connections.CountFrom(block));
            }

            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, refusal, CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        try
        {
            using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
            await RunAsync(new WebSocketConnection(webSocket, remote, limits.Value, options.Value, portal, client, link, _connectionLogger), protocol);
        }
        finally
        {
            connections.ReleaseAddress(block);
        }
    }

    private async Task RunAsync(WebSocketConnection connection, string protocol)
    {
        connections.Add(connection);
        LogConnected(_logger, protocol, connection.SessionId, connection.RemoteAddress);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} refused a connection from {AddressBlock}, which already holds {Count} (Mud:Telnet:MaxConnectionsPerAddress)")]
    private static partial void LogTooManyFromAddress(ILogger logger, string protocol, string addressBlock, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} session {SessionId} disconnected")]
    private static partial void LogDisconnected(ILogger logger, string protocol, string sessionId);
}
