using Orleans.Runtime;

namespace Mud.Portal.Cluster;

/// <summary>
/// Remembers which silos were in the cluster at the last heartbeat, to tell when one has left it for good
/// (declared dead after a crash, or stopped during a rolling restart). Every activation on such a silo is gone,
/// including in-memory state of grains that themselves live on (rooms' occupants, the who list), so the Portal
/// resumes its sessions once the silo is gone.
/// </summary>
public sealed class SiloWatch
{
    private HashSet<SiloAddress> _present = [];

    /// <summary>
    /// Takes the current membership: <see cref="SiloChange.Lost"/> if a silo that was there before is now dead or
    /// gone, <see cref="SiloChange.Leaving"/> while one is shutting down (its grains are being deactivated).
    /// </summary>
    public SiloChange Update(IReadOnlyDictionary<SiloAddress, SiloStatus> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        var present = hosts.Where(h => h.Value != SiloStatus.Dead).Select(h => h.Key).ToHashSet();
        var lost = _present.Any(silo => !present.Contains(silo));
        _present = present;
        var leaving = hosts.Values.Any(status => status is SiloStatus.ShuttingDown or SiloStatus.Stopping);
        return new SiloChange(lost, leaving);
    }
}

/// <summary>What changed in the membership since the last heartbeat.</summary>
/// <param name="Lost">A silo that was there is now dead or gone.</param>
/// <param name="Leaving">A silo is shutting down.</param>
public readonly record struct SiloChange(bool Lost, bool Leaving);
