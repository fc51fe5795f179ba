using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Hosting;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;

namespace Mud.Portal.Telnet.Server;

/// <summary>
/// Accepts telnet clients. Listens from the moment the Portal starts, before the game is reachable,
/// so players can connect (and be told to wait) while the silos start.
/// </summary>
public sealed partial class TelnetListener(
    IOptions<TelnetOptions> options,
    IConfiguration configuration,
    PortalIdentity portal,
    IClusterClient client,
    ClusterLink link,
    ConnectionRegistry connections,
    ILoggerFactory loggers) : BackgroundService
{
    private const string ShutdownNotice = "|y[The portal is shutting down. Please reconnect in a moment.]|n";
    private const string FullNotice = "The game is full right now. Please try again later.";
    private readonly ILogger _logger = loggers.CreateLogger<TelnetListener>();
    private readonly ILogger _connectionLogger = loggers.CreateLogger<TelnetConnection>();
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
        foreach (var connection in connections.All.OfType<TelnetConnection>())
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
            if (connections.Count >= options.Value.MaxConnections)
            {
                await RefuseAsync(socket);
                continue;
            }

            var connection = new TelnetConnection(socket, options.Value, portal, client, link, _connectionLogger);
            connections.Add(connection);
            var run = ServeAsync(connection, stoppingToken);
            lock (_running)
            {
                _running.RemoveAll(t => t.IsCompleted);
                _running.Add(run);
            }
        }
    }

    private async Task ServeAsync(TelnetConnection connection, CancellationToken stoppingToken)
    {
        LogConnected(_logger, connection.SessionId, connection.RemoteAddress);
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

    private static async Task RefuseAsync(Socket socket)
    {
        using (socket)
        {
            await socket.SendAsync(System.Text.Encoding.ASCII.GetBytes(FullNotice + "\r\n"), SocketFlags.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telnet listening on {Address}:{Port}")]
    private static partial void LogListening(ILogger logger, string address, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} connected from {RemoteAddress}")]
    private static partial void LogConnected(ILogger logger, string sessionId, string remoteAddress);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} disconnected")]
    private static partial void LogDisconnected(ILogger logger, string sessionId);
}
