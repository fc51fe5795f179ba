namespace Mud.Portal.Cluster;

/// <summary>
/// A token bucket for one connection's commands (typed lines and out-of-band messages): <c>rate</c> a second,
/// in bursts of up to one second's worth, as Evennia's <c>MAX_COMMAND_RATE</c>. One client flooding commands
/// cannot keep the game busy for everyone else. Used by one connection's read loop only, so not thread-safe.
/// </summary>
public sealed class CommandRateLimit(int rate, TimeProvider clock)
{
    private double _tokens = rate;
    private long _refilledAt = clock.GetTimestamp();
    private bool _refusing;

    public CommandAdmission Admit()
    {
        var now = clock.GetTimestamp();
        _tokens = Math.Min(rate, _tokens + (clock.GetElapsedTime(_refilledAt, now).TotalSeconds * rate));
        _refilledAt = now;
        if (_tokens >= 1)
        {
            _tokens--;
            _refusing = false;
            return CommandAdmission.Admitted;
        }

        var first = !_refusing;
        _refusing = true;
        return first ? CommandAdmission.Refused : CommandAdmission.StillRefused;
    }
}

/// <summary>What the rate limit says of one command.</summary>
public enum CommandAdmission
{
    Admitted,

    /// <summary>The first command refused since the last one admitted: the player is told, once per flood.</summary>
    Refused,

    /// <summary>Refused again in the same flood: dropped without a word.</summary>
    StillRefused,
}
