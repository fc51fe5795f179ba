using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Portal.Cluster;
using Mud.Sessions;

namespace Mud.Portal.Hosting;

/// <summary>
/// Accepts clients of one protocol on one port. Listens from the moment the Portal starts, before the game
/// is reachable, so players can connect (and be told to wait) while the silos start; its connections live
/// in the shared registry, so a silo reload resumes them all. Subclasses turn an accepted socket into a
/// connection and hand it to <see cref="RunAsync"/>. The limits on connections, in all and per address block
/// (<c>Mud:Telnet:MaxConnections</c>, <c>Mud:Telnet:MaxConnectionsPerAddress</c>), are counted here from the
/// moment a socket is accepted, so connections that never finish a handshake count too.
/// </summary>
public abstract partial class ConnectionListener<TConnection>(string protocol, ConnectionRegistry connections, IOptions<TelnetOptions> limits, ILogger logger) : BackgroundService
    where TConnection : PortalConnection
{
    /// <summary>Shown to a client refused because the Portal holds <c>Mud:Telnet:MaxConnections</c>.</summary>
    public const string FullNotice = "The game is full right now. Please try again later.";

    /// <summary>Shown to a client refused because its address holds <c>Mud:Telnet:MaxConnectionsPerAddress</c>.</summary>
    public const string TooManyFromAddressNotice = "There are too many connections from your address. Close one and try again.";

    // A peer that vanished (power cut, NAT timeout) is noticed after about KeepAliveIdle + KeepAliveInterval * KeepAliveProbes.
    private const int KeepAliveIdleSeconds = 60;
    private const int KeepAliveIntervalSeconds = 10;
    private const int KeepAliveProbes = 6;
    private const string ShutdownNotice = "|y[The portal is shutting down. Please reconnect in a moment.]|n";
    private readonly List<Task> _running = [];
    private TcpListener? _listener;
    private volatile bool _stopping;

    /// <summary>The port actually bound (differs from the setting when that is 0).</summary>
    public int BoundPort { get; private set; }

    protected ConnectionRegistry Connections => connections;

    /// <summary>The telnet settings, whose limits apply to every protocol's connections.</summary>
    protected TelnetOptions Limits => limits.Value;

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

            var serving = AdmitAsync(socket, stoppingToken);
            lock (_running)
            {
                _running.RemoveAll(t => t.IsCompleted);
                _running.Add(serving);
            }
        }
    }

    /// <summary>Options every accepted socket gets: no Nagle delay, and TCP keepalive so dead peers are found and closed.</summary>
    internal static void Prepare(Socket socket)
    {
        socket.NoDelay = true;
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
        socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime, KeepAliveIdleSeconds);
        socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveInterval, KeepAliveIntervalSeconds);
        socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveRetryCount, KeepAliveProbes);
    }

    /// <summary>
    /// Turns an accepted socket into a connection and runs it with <see cref="RunAsync"/>, or, when
    /// <paramref name="refusal"/> is set, tells the client so in its protocol and closes.
    /// </summary>
    protected abstract Task ServeAsync(Socket socket, string? refusal, CancellationToken stoppingToken);

    private async Task AdmitAsync(Socket socket, CancellationToken stoppingToken)
    {
        try
        {
            Prepare(socket);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The client is already gone.
            socket.Dispose();
            return;
        }

        var settings = Limits;
        var block = AddressBlock.Of((socket.RemoteEndPoint as IPEndPoint)?.Address.ToString() ?? "unknown");
        if (connections.Count >= settings.MaxConnections)
        {
            await ServeAsync(socket, FullNotice, stoppingToken);
            return;
        }

        if (!connections.TryReserveAddress(block, settings.MaxConnectionsPerAddress))
        {
            LogTooManyFromAddress(logger, protocol, block, connections.CountFrom(block));
            await ServeAsync(socket, TooManyFromAddressNotice, stoppingToken);
            return;
        }

        try
        {
            await ServeAsync(socket, null, stoppingToken);
        }
        finally
        {
            connections.ReleaseAddress(block);
        }
    }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} refused a connection from {AddressBlock}, which already holds {Count} (Mud:Telnet:MaxConnectionsPerAddress)")]
    private static partial void LogTooManyFromAddress(ILogger logger, string protocol, string addressBlock, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} session {SessionId} disconnected")]
    private static partial void LogDisconnected(ILogger logger, string protocol, string sessionId);
}
