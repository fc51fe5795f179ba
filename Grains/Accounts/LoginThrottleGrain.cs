using Microsoft.Extensions.Options;
using Mud.Settings;

namespace Mud.Accounts;

/// <summary>
/// In memory on purpose: a silo restart forgiving failures is harmless, and a write per failed login is not. A reset
/// leaves nothing to remember, so the activation goes with it: a player's own throttle does not stay for the session.
/// A lockout keeps the activation until it ends: idle collection (15 minutes by default) would otherwise forgive a
/// lockout of up to an hour to an attacker who merely waited.
/// </summary>
[GrainType("login-throttle")]
public sealed class LoginThrottleGrain(IOptions<SecurityOptions> options, TimeProvider clock) : Grain, ILoginThrottleGrain
{
    private static readonly TimeSpan MaxLockout = TimeSpan.FromHours(1);
    private readonly Queue<DateTimeOffset> _failures = new();
    private DateTimeOffset _lockedUntil;
    private TimeSpan _lastLockout;

    public Task<TimeSpan> GetLockoutAsync() => Task.FromResult(Remaining());

    public Task<TimeSpan> RecordFailureAsync()
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        _failures.Enqueue(now);
        while (_failures.Count > 0 && now - _failures.Peek() > TimeSpan.FromSeconds(settings.FailureWindowSeconds))
        {
            _failures.Dequeue();
        }

        if (_failures.Count >= settings.MaxFailedLogins)
        {
            var first = TimeSpan.FromSeconds(settings.LockoutSeconds);
            _lastLockout = _lastLockout == TimeSpan.Zero ? first : TimeSpan.FromTicks(Math.Min(_lastLockout.Ticks * 2, MaxLockout.Ticks));
            _lockedUntil = now + _lastLockout;
            _failures.Clear();
            DelayDeactivation(_lastLockout);
        }

        return Task.FromResult(Remaining());
    }

    public Task ResetAsync()
    {
        _failures.Clear();
        _lastLockout = TimeSpan.Zero;
        _lockedUntil = default;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private TimeSpan Remaining()
    {
        var left = _lockedUntil - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
