using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Mud.Portal.Hosting;
using Mud.Sessions;
using Mud.Storage;

namespace Mud.Portal.Cluster;

/// <summary>
/// What every client connection of the Portal shares, whatever its protocol: a session grain opened
/// through the pump (so input typed during a reload waits and runs), output pushed by the game queued for
/// the write loop with a cap for clients that stop reading, and the notices of the Portal itself.
/// Subclasses read and write their protocol.
/// </summary>
public abstract partial class PortalConnection : ISessionConnection
{
    private const string SessionLostNotice = "|y[Your session ended while the game could not reach this portal. Please log in again.]|n";
    private const string OpenDelayedNotice = "|y[The game cannot open a session right now; trying again in a few seconds.]|n";
    private const string TooFastNotice = "|r[You are sending commands too fast; some were dropped. Wait a moment.]|n";
    private static readonly TimeSpan OpenRetryDelay = TimeSpan.FromSeconds(3);
    private readonly string _protocol;
    private readonly PortalIdentity _portal;
    private readonly OutputBacklog _backlog;
    private readonly CommandRateLimit _commands;
    // A null item wakes the write loop without output, to send what the protocol itself buffered.
    private readonly Channel<SessionOutput?> _outbound = Channel.CreateUnbounded<SessionOutput?>(new() { SingleReader = true });
    private ClientDetails? _client;
    private int _clientUpdateQueued;

    protected PortalConnection(string protocol, string remoteAddress, TelnetOptions limits, PortalIdentity portal, IClusterClient client, ClusterLink link, ILogger logger)
    {
        _protocol = protocol;
        _portal = portal;
        _backlog = new OutputBacklog(limits.MaxQueuedOutput, limits.MaxQueuedOutputBytes);
        SendTimeout = TimeSpan.FromSeconds(limits.SendTimeoutSeconds);
        SendDeadline = new SendDeadline(SendTimeout);
        _commands = new CommandRateLimit(limits.CommandsPerSecond, TimeProvider.System);
        Logger = logger;
        RemoteAddress = remoteAddress;
        SessionId = portal.NewSessionId();
        Pump = new SessionPump(client, link, this, limits.MaxQueuedLines, logger);
    }

    public string SessionId { get; }

    public string RemoteAddress { get; }

    public bool IsOpened { get; private set; }

    public ClientDetails? Client => Volatile.Read(ref _client);

    public SessionPump Pump { get; }

    protected ILogger Logger { get; }

    /// <summary>Longest time one send to the client may take before the client is taken to have stopped reading.</summary>
    protected TimeSpan SendTimeout { get; }

    /// <summary>Runs each send to the client within <see cref="SendTimeout"/>.</summary>
    protected SendDeadline SendDeadline { get; }

    /// <summary>True once the client has gone or the Portal is stopping.</summary>
    protected bool Closing { get; private set; }

    protected ChannelReader<SessionOutput?> Outbound => _outbound.Reader;

    /// <summary>Runs the connection until the client goes or <paramref name="cancellation"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        OnStarting();
        Pump.Enqueue(OpenAsync);
        var writing = WriteLoopAsync();
        var pumping = Pump.RunAsync(cancellation);
        try
        {
            await ReadLoopAsync(cancellation);
        }
        finally
        {
            Closing = true;
            _outbound.Writer.TryComplete();
            Pump.Enqueue(session => session.CloseAsync());
            Pump.Complete();
            await FinishWritingAsync(writing);
            SendDeadline.Dispose();
            await pumping.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public void Deliver(SessionOutput output)
    {
        if (!_backlog.TryAdd(output))
        {
            // The client has stopped reading; holding unbounded output for it would starve everyone else.
            LogOutputOverflow(Logger, _protocol, SessionId, _backlog.Bytes);
            Abort();
            return;
        }

        _outbound.Writer.TryWrite(output);
    }

    public void Notice(string markup) => Deliver(new TextOutput(markup));

    /// <summary>Says goodbye and closes, for a Portal shutdown.</summary>
    public void Disconnect(string markup) => Deliver(new DisconnectOutput(markup));

    public bool AbandonStuckCall(long siloLost, TimeSpan age) => Pump.AbandonIfStuck(siloLost, age);

    public void SessionLost()
    {
        IsOpened = false;
        Notice(SessionLostNotice);
        Pump.Enqueue(OpenAsync);
    }

    /// <summary>
    /// Tells the session what the Portal now knows of the client. Updates coalesce: however often a client
    /// resizes its window, at most one update waits in the pump, and it carries the latest details.
    /// </summary>
    protected void UpdateClient(ClientDetails details)
    {
        Volatile.Write(ref _client, details);
        if (Interlocked.Exchange(ref _clientUpdateQueued, 1) == 0 && !Pump.TryEnqueue(SendClientAsync))
        {
            // The pump is full; the details are kept and go with the next update, resume or open.
            Volatile.Write(ref _clientUpdateQueued, 0);
        }
    }

    /// <summary>
    /// Whether the rate limit lets one more command through (call from the read loop only). The first command
    /// refused in a flood tells the player; the rest of the flood is dropped silently.
    /// </summary>
    protected bool AdmitCommand()
    {
        switch (_commands.Admit())
        {
            case CommandAdmission.Admitted:
                return true;
            case CommandAdmission.Refused:
                LogCommandFlood(Logger, _protocol, SessionId);
                Notice(TooFastNotice);
                return false;
            default:
                return false;
        }
    }

    /// <summary>Waits for a call that answers with output (a typed line's reply) and queues the answer.</summary>
    protected async Task AnswerAsync(Task<ImmutableArray<SessionOutput>> call)
    {
        foreach (var output in await call)
        {
            Deliver(output);
        }
    }

    /// <summary>Called by the write loop for each output it takes from <see cref="Outbound"/>.</summary>
    protected void Dequeued(SessionOutput output) => _backlog.Remove(output);

    /// <summary>Logs that a send did not finish within <see cref="SendTimeout"/>, before the subclass drops the client.</summary>
    protected void SendTimedOut() => LogSendTimeout(Logger, _protocol, SessionId, SendTimeout.TotalSeconds);

    /// <summary>Wakes the write loop to send what the protocol buffered itself (negotiation replies).</summary>
    protected void WakeWriter() => _outbound.Writer.TryWrite(null);

    protected virtual void OnStarting()
    {
    }

    protected abstract Task ReadLoopAsync(CancellationToken cancellation);

    protected abstract Task WriteLoopAsync();

    /// <summary>Ends the write loop once no more output will come, and closes the transport.</summary>
    protected abstract Task FinishWritingAsync(Task writing);

    /// <summary>Drops the client at once (it stopped reading its output).</summary>
    protected abstract void Abort();

    private async Task OpenAsync(ISessionGrain session)
    {
        while (true)
        {
            try
            {
                await session.OpenAsync(new SessionOpening(_portal.Observer, _portal.Id, _protocol, RemoteAddress));
                IsOpened = true;
                break;
            }
            catch (Exception e) when (StorageFailures.IsStorageFailure(e) && !Closing)
            {
                // Nothing can run before the session exists, so keep the player waiting rather than at a dead end.
                Notice(OpenDelayedNotice);
                await Task.Delay(OpenRetryDelay);
            }
        }

        if (Client is { } details)
        {
            // What negotiation learned before the session existed (or before it was opened anew).
            await session.UpdateClientAsync(details);
        }
    }

    private Task SendClientAsync(ISessionGrain session)
    {
        Volatile.Write(ref _clientUpdateQueued, 0);
        return IsOpened && Client is { } details ? session.UpdateClientAsync(details) : Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Protocol} session {SessionId} sent commands faster than the rate limit; dropping the excess")]
    private static partial void LogCommandFlood(ILogger logger, string protocol, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Protocol} session {SessionId} stopped reading its output ({QueuedBytes} bytes queued); disconnecting it")]
    private static partial void LogOutputOverflow(ILogger logger, string protocol, string sessionId, long queuedBytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Protocol} session {SessionId} took no output for {Seconds} s (Mud:Telnet:SendTimeoutSeconds); disconnecting it")]
    private static partial void LogSendTimeout(ILogger logger, string protocol, string sessionId, double seconds);
}
