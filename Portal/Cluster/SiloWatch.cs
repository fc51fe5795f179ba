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

    /// <summary>Takes the current membership; true if a silo that was there before is now dead or gone.</summary>
    public bool Update(IReadOnlyDictionary<SiloAddress, SiloStatus> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        var present = hosts.Where(h => h.Value != SiloStatus.Dead).Select(h => h.Key).ToHashSet();
        var lost = _present.Any(silo => !present.Contains(silo));
        _present = present;
        return lost;
    }
}
