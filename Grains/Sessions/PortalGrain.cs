using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Hosting;

namespace Mud.Sessions;

/// <summary>
/// In memory only: its whole job is to be forgotten by a silo restart, which is how the front end learns
/// that its sessions must resume. It also notices a front end that died (no heartbeat for the portal
/// timeout) and closes that front end's sessions, so no character of a dead Portal stays in the world.
/// A new activation counts from its own start, so a live front end always has a full timeout to call in.
/// </summary>
[GrainType("portal")]
public sealed partial class PortalGrain(IOptions<ClusterFailoverOptions> failover, TimeProvider clock, ILogger<PortalGrain> logger)
    : Grain, IPortalGrain
{
    private readonly HashSet<string> _sessions = new(StringComparer.Ordinal);
    private bool _known;
    private DateTimeOffset _lastHeard;

    private TimeSpan Timeout => TimeSpan.FromSeconds(failover.Value.PortalTimeoutSeconds);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _lastHeard = clock.GetUtcNow();
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, Timeout.Ticks / 4));
        this.RegisterGrainTimer(CloseSessionsIfSilentAsync, new GrainTimerCreationOptions(period, period));
        Directory.AnnounceAsync(this.GetPrimaryKeyString()).Ignore();
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<string>> GetSessionsAsync() => Task.FromResult(_sessions.ToImmutableArray());

    private IPortalDirectoryGrain Directory => GrainFactory.GetGrain<IPortalDirectoryGrain>(0);

    public Task<bool> HeartbeatAsync()
    {
        _lastHeard = clock.GetUtcNow();
        // At every beat: the directory is in memory, and its silo may have restarted since the last one.
        Directory.AnnounceAsync(this.GetPrimaryKeyString()).Ignore();
        var known = _known;
        _known = true;
        return Task.FromResult(known);
    }

    public Task TrackSessionAsync(string sessionId)
    {
        // Only a live front end opens or resumes its sessions: while it resumes thousands of them its heartbeat
        // waits, and that must not look like silence.
        _lastHeard = clock.GetUtcNow();
        _sessions.Add(sessionId);
        return Task.CompletedTask;
    }

    public Task ForgetSessionAsync(string sessionId)
    {
        _sessions.Remove(sessionId);
        return Task.CompletedTask;
    }

    private async Task CloseSessionsIfSilentAsync(CancellationToken cancellation)
    {
        var silence = clock.GetUtcNow() - _lastHeard;
        if (silence < Timeout)
        {
            return;
        }

        var portalId = this.GetPrimaryKeyString();
        var closing = _sessions.ToList();
        LogPortalSilent(logger, portalId, (int)silence.TotalSeconds, closing.Count);
        var closes = closing.Select(async id =>
        {
            try
            {
                await GrainFactory.GetGrain<ISessionGrain>(id).CloseAsync();
                return (Id: id, Closed: true);
            }
            catch (Exception e) when (!cancellation.IsCancellationRequested)
            {
                // Kept for the next tick (the database or a silo may be away for a moment).
                LogCloseFailed(logger, portalId, id, e.GetBaseException().Message);
                return (Id: id, Closed: false);
            }
        });
        foreach (var (id, closed) in await Task.WhenAll(closes))
        {
            if (closed)
            {
                _sessions.Remove(id);
            }
        }

        if (_sessions.Count == 0)
        {
            // Forgotten only here, where the front end is known dead, never as the grain deactivates: in a silo restart
            // the old activation's farewell can reach the directory after the new one's first heartbeat announced it.
            Directory.ForgetAsync(portalId).Ignore();
            DeactivateOnIdle();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal {PortalId} has been silent for {Seconds} s; closing its {Count} sessions")]
    private static partial void LogPortalSilent(ILogger logger, string portalId, int seconds, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal {PortalId}: closing session {SessionId} failed ({Reason}); will retry")]
    private static partial void LogCloseFailed(ILogger logger, string portalId, string sessionId, string reason);
}
