namespace Mud.Hosting;

/// <summary>
/// Whether a front end can reach the game right now. It goes offline at the first call that fails for lack
/// of a silo and online again only once every session has been resumed, so calls made meanwhile wait
/// for <see cref="WhenOnline"/> rather than fail.
/// </summary>
public sealed class GameLinkState
{
    /// <summary>How often a front end's heartbeat runs while the game answers.</summary>
    public static readonly TimeSpan OnlineBeat = TimeSpan.FromSeconds(2);

    /// <summary>How often it runs while the game is away, so players wait as little as possible once it is back.</summary>
    public static readonly TimeSpan OfflineBeat = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a resume or other call of the link waits for its answer.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the heartbeat waits. It answers in milliseconds; one that reached a silo just as it was killed is
    /// only failed at Orleans' 30 s response timeout, so this wait, not <see cref="CallTimeout"/>, bounds how long
    /// a dead silo goes unnoticed.
    /// </summary>
    public static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();
    private TaskCompletionSource _online = NewSignal();
    private bool _everOnline;

    public bool IsOnline => _online.Task.IsCompleted;

    public Task WhenOnline(CancellationToken cancellation) => _online.Task.WaitAsync(cancellation);

    /// <summary>Goes offline; false when it already was, so the players are told once.</summary>
    public bool TryGoOffline()
    {
        lock (_gate)
        {
            if (!_online.Task.IsCompleted)
            {
                return false;
            }

            _online = NewSignal();
            return true;
        }
    }

    /// <summary>Goes online; true when this ends an outage (not at the first start, nor when already online).</summary>
    public bool GoOnline()
    {
        lock (_gate)
        {
            var back = !_online.Task.IsCompleted && _everOnline;
            _online.TrySetResult();
            _everOnline = true;
            return back;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
