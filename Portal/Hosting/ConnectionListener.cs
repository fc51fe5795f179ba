using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mud.Portal.Cluster;

namespace Mud.Portal.Hosting;

/// <summary>
/// Accepts clients of one protocol on one port. Listens from the moment the Portal starts, before the game
/// is reachable, so players can connect (and be told to wait) while the silos start; its connections live
/// in the shared registry, so a silo reload resumes them all. Subclasses turn an accepted socket into a
/// connection and hand it to <see cref="RunAsync"/>.
/// </summary>
public abstract partial class ConnectionListener<TConnection>(string protocol, ConnectionRegistry connections, ILogger logger) : BackgroundService
    where TConnection : PortalConnection
{
    private const string ShutdownNotice = "|y[The portal is shutting down. Please reconnect in a moment.]|n";
    private readonly List<Task> _running = [];
    private TcpListener? _listener;
    private volatile bool _stopping;

    /// <summary>The port actually bound (differs from the setting when that is 0).</summary>
    public int BoundPort { get; private set; }

    protected ConnectionRegistry Connections => connections;

    protected abstract IPEndPoint Endpoint { get; }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var endpoint = Endpoint;
        _listener = new TcpListener(endpoint);
        _listener.Start(backlog: 1024);
        BoundPort = ((IPEndPoint)_listener.LocalEndpoint).Port;
        LogListening(logger, protocol, endpoint.Address.ToString(), BoundPort);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stopping the listener fails the pending accept before the stopping token fires; the flag says that is expected.
        _stopping = true;
        _listener?.Stop();
        foreach (var connection in connections.All.OfType<TConnection>())
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
            var serving = ServeAsync(socket, stoppingToken);
            lock (_running)
            {
                _running.RemoveAll(t => t.IsCompleted);
                _running.Add(serving);
            }
        }
    }

    /// <summary>Turns an accepted socket into a connection (or refuses it) and runs it with <see cref="RunAsync"/>.</summary>
    protected abstract Task ServeAsync(Socket socket, CancellationToken stoppingToken);

    /// <summary>Registers the connection, runs it until the client goes, and closes its session on the way out.</summary>
    protected async Task RunAsync(TConnection connection, CancellationToken stoppingToken)
    {
        connections.Add(connection);
        LogConnected(logger, protocol, connection.SessionId, connection.RemoteAddress);
        try
        {
            // The session grain is closed on the way out, even when the Portal itself is stopping.
            await connection.RunAsync(CancellationToken.None).WaitAsync(stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        finally
        {
            connections.Remove(connection);
            LogDisconnected(logger, protocol, connection.SessionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} listening on {Address}:{Port}")]
    private static partial void LogListening(ILogger logger, string protocol, string address, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} session {SessionId} connected from {RemoteAddress}")]
    private static partial void LogConnected(ILogger logger, string protocol, string sessionId, string remoteAddress);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} session {SessionId} disconnected")]
    private static partial void LogDisconnected(ILogger logger, string protocol, string sessionId);
}
