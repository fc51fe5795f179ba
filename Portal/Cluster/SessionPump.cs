using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Mud.Sessions;
using Mud.Storage;

namespace Mud.Portal.Cluster;

/// <summary>
/// Carries one connection's calls to its session grain, one at a time and in order. A call that fails
/// because the silos are away is held and retried once they are back, so a line typed during a reload
/// runs late rather than never. What the player sends counts against a limit; opening and closing the session
/// do not, so a client that typed far ahead of the game and then left is still closed (else its character
/// would stay in the world and in <c>who</c>).
/// </summary>
public sealed partial class SessionPump
{
    private const string HeldNotice = "|y[Your command will run as soon as the game is back.]|n";
    private const string FailedNotice = "|r[Something went wrong running that. It has been logged.]|n";
    // An idle pump sends the call on the thread that queued it (the connection's read loop) rather than waking another
    // thread to do it: one thread hand-over fewer on every command's way to the game.
    private readonly Channel<QueuedCall> _calls = Channel.CreateUnbounded<QueuedCall>(new() { SingleReader = true, AllowSynchronousContinuations = true });
    private readonly int _capacity;
    private readonly ISessionGrain _session;
    private readonly ClusterLink _link;
    private readonly ISessionConnection _connection;
    private readonly ILogger _logger;
    private volatile WaitingCall? _waiting;
    private int _counted;

    public SessionPump(IClusterClient client, ClusterLink link, ISessionConnection connection, int capacity, ILogger logger)
    {
        _capacity = capacity;
        _session = client.GetGrain<ISessionGrain>(connection.SessionId);
        _link = link;
        _connection = connection;
        _logger = logger;
    }

    /// <summary>Queues a call for something the player sent; false when the player is too far ahead of the game.</summary>
    public bool TryEnqueue(Func<ISessionGrain, Task> call)
    {
        if (Interlocked.Increment(ref _counted) > _capacity || !_calls.Writer.TryWrite(new(call, Counted: true)))
        {
            Interlocked.Decrement(ref _counted);
            return false;
        }

        return true;
    }

    /// <summary>Queues a call no limit refuses: opening or closing the session.</summary>
    public void Enqueue(Func<ISessionGrain, Task> call) => _calls.Writer.TryWrite(new(call, Counted: false));

    /// <summary>No more calls: the pump finishes what is queued and stops.</summary>
    public void Complete() => _calls.Writer.TryComplete();

    public async Task RunAsync(CancellationToken cancellation)
    {
        await foreach (var call in _calls.Reader.ReadAllAsync(cancellation))
        {
            if (call.Counted)
            {
                Interlocked.Decrement(ref _counted);
            }

            await RunReliablyAsync(call.Run, cancellation);
        }
    }

    /// <summary>
    /// Gives up waiting for the call in progress if it was sent before <paramref name="siloLost"/> (a
    /// <see cref="Stopwatch"/> timestamp) and has waited at least <paramref name="age"/>, so that it is retried once
    /// the game is back; true if one was given up. For calls sent to a silo just before it died: Orleans only fails
    /// those at its response timeout (30 s). A command that did run before the silo died runs again: at least once,
    /// never lost.
    /// </summary>
    public bool AbandonIfStuck(long siloLost, TimeSpan age)
    {
        var waiting = _waiting;
        if (waiting is null || waiting.Started >= siloLost || Stopwatch.GetElapsedTime(waiting.Started) < age)
        {
            return false;
        }

        return waiting.Abandoned.TrySetException(new CallAbandonedException(_connection.SessionId));
    }

    private async Task RunReliablyAsync(Func<ISessionGrain, Task> call, CancellationToken cancellation)
    {
        var told = false;
        while (true)
        {
            if (!_link.IsOnline && !told)
            {
                _connection.Notice(HeldNotice);
                told = true;
            }

            await _link.WhenOnline(cancellation);
            var waiting = new WaitingCall(Stopwatch.GetTimestamp());
            _waiting = waiting;
            try
            {
                var running = call(_session);
                var finished = await Task.WhenAny(running, waiting.Abandoned.Task);
                if (finished != running)
                {
                    // Its late outcome, if any, is of no interest: the line runs again.
                    _ = running.ContinueWith(static t => t.Exception, TaskScheduler.Default);
                }

                await finished;
                return;
            }
            catch (Exception e) when (StorageFailures.IsStorageFailure(e) && !cancellation.IsCancellationRequested)
            {
                // The game is there but could not save: the command did not happen, and the player may try again.
                _connection.Notice(GameStorageException.PlayerMessage);
                return;
            }
            catch (Exception e) when (ClusterFailures.IsTransient(e) && !cancellation.IsCancellationRequested)
            {
                _link.ReportFailure(e);
            }
            catch (Exception e) when (!cancellation.IsCancellationRequested)
            {
                LogCallFailed(_logger, _connection.SessionId, e);
                _connection.Notice(FailedNotice);
                return;
            }
            finally
            {
                _waiting = null;
            }
        }
    }

    private readonly record struct QueuedCall(Func<ISessionGrain, Task> Run, bool Counted);

    private sealed record WaitingCall(long Started)
    {
        public TaskCompletionSource Abandoned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A call for session {SessionId} failed")]
    private static partial void LogCallFailed(ILogger logger, string sessionId, Exception exception);
}
