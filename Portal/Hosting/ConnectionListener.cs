using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
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
/// moment a socket is accepted, so connections that never finish a handshake count too. On a TLS port,
/// <see cref="OpenStreamAsync"/> does the handshake first.
/// </summary>
public abstract partial class ConnectionListener<TConnection>(ConnectionRegistry connections, IOptions<TelnetOptions> limits, ILogger logger) : BackgroundService
    where TConnection : PortalConnection
{
    // A peer that vanished (power cut, NAT timeout) is noticed after about KeepAliveIdle + KeepAliveInterval * KeepAliveProbes.
    private const int KeepAliveIdleSeconds = 60;
    private const int KeepAliveIntervalSeconds = 10;
    private const int KeepAliveProbes = 6;
    private const string ShutdownNotice = "|y[The portal is shutting down. Please reconnect in a moment.]|n";
    private static readonly TimeSpan TlsHandshakeTimeout = TimeSpan.FromSeconds(10);
    // How long a stopping Portal waits for its connections to close their sessions in the game (4,030 idle sessions
    // closed within an 8.2 s stop on two cores). Until then the cluster client is still up; a session not closed by then
    // stays in the world until the game notices the Portal is gone. Within the host's shutdown timeout (Program.cs).
    private static readonly TimeSpan SessionCloseGrace = TimeSpan.FromSeconds(20);
    private readonly List<Task> _running = [];
    private readonly Dictionary<TConnection, Task> _accepted = [];
    private TcpListener? _listener;
    private volatile bool _stopping;

    /// <summary>The port actually bound (differs from the setting when that is 0).</summary>
    public int BoundPort { get; private set; }

    protected ConnectionRegistry Connections => connections;

    /// <summary>The telnet settings, whose limits apply to every protocol's connections.</summary>
    protected TelnetOptions Limits => limits.Value;

    /// <summary>What the log calls the port's clients: "Telnet", "Telnet TLS" ...</summary>
    protected abstract string Protocol { get; }

    protected abstract IPEndPoint Endpoint { get; }

    /// <summary>The certificate of a TLS port; null on a plain one.</summary>
    protected virtual PortalCertificate? Certificate => null;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var endpoint = Endpoint;
        _listener = new TcpListener(endpoint);
        _listener.Start(backlog: 1024);
        BoundPort = ((IPEndPoint)_listener.LocalEndpoint).Port;
        LogListening(logger, Protocol, endpoint.Address.ToString(), BoundPort);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stopping the listener fails the pending accept before the stopping token fires; the flag says that is expected.
        _stopping = true;
        _listener?.Stop();
        KeyValuePair<TConnection, Task>[] accepted;
        lock (_accepted)
        {
            accepted = [.. _accepted];
        }

        foreach (var (connection, _) in accepted)
        {
            connection.Disconnect(ShutdownNotice);
        }

        // Each connection closes its session on its way out: wait for that before the rest of the Portal stops.
        await Task.WhenAll(accepted.Select(a => a.Value)).WaitAsync(SessionCloseGrace, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
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
            await ServeAsync(socket, ConnectionRefusals.Full, stoppingToken);
            return;
        }

        if (!connections.TryReserveAddress(block, settings.MaxConnectionsPerAddress))
        {
            LogTooManyFromAddress(logger, Protocol, block, connections.CountFrom(block));
            await ServeAsync(socket, ConnectionRefusals.TooManyFromAddress, stoppingToken);
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

    /// <summary>
    /// The client's bytes: the socket's own stream, or on a TLS port the TLS stream over it once the handshake
    /// is done; null (the socket closed) when the client did not complete a handshake in time.
    /// </summary>
    protected async Task<Stream?> OpenStreamAsync(Socket socket, CancellationToken cancellation)
    {
        var network = new NetworkStream(socket, ownsSocket: true);
        if (Certificate is not { } certificate)
        {
            return network;
        }

        var tls = new SslStream(network, leaveInnerStreamOpen: false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TlsHandshakeTimeout);
        try
        {
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificateContext = certificate.Context }, timeout.Token);
            return tls;
        }
        catch (Exception e) when (e is AuthenticationException or IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            LogHandshakeFailed(logger, Protocol, (socket.RemoteEndPoint as IPEndPoint)?.Address.ToString() ?? "unknown", e.Message);
            await tls.DisposeAsync();
            return null;
        }
    }

    /// <summary>Registers the connection, runs it until the client goes, and closes its session on the way out.</summary>
    protected async Task RunAsync(TConnection connection, CancellationToken stoppingToken)
    {
        connections.Add(connection);
        LogConnected(logger, Protocol, connection.SessionId, connection.RemoteAddress);
        // The session grain is closed on the way out, even when the Portal itself is stopping.
        var running = connection.RunAsync(CancellationToken.None);
        lock (_accepted)
        {
            _accepted.Add(connection, running);
        }

        try
        {
            await running.WaitAsync(stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        finally
        {
            connections.Remove(connection);
            lock (_accepted)
            {
                _accepted.Remove(connection);
            }

            LogDisconnected(logger, Protocol, connection.SessionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} listening on {Address}:{Port}")]
    private static partial void LogListening(ILogger logger, string protocol, string address, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} session {SessionId} connected from {RemoteAddress}")]
    private static partial void LogConnected(ILogger logger, string protocol, string sessionId, string remoteAddress);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} refused a connection from {AddressBlock}, which already holds {Count} (Mud:Telnet:MaxConnectionsPerAddress)")]
    private static partial void LogTooManyFromAddress(ILogger logger, string protocol, string addressBlock, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} client at {RemoteAddress} did not complete a TLS handshake: {Reason}")]
    private static partial void LogHandshakeFailed(ILogger logger, string protocol, string remoteAddress, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} session {SessionId} disconnected")]
    private static partial void LogDisconnected(ILogger logger, string protocol, string sessionId);
}
