using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mud.Sessions;

/// <summary>
/// The front ends the cluster knows are running, so administrators can list and reach every session. In memory:
/// each portal grain announces its front end as it activates and at every heartbeat, so after a silo restart the
/// list fills again within one, and forgets it once that front end is found dead. Single grain, key 0.
/// </summary>
public interface IPortalDirectoryGrain : IGrainWithIntegerKey
{
    [OneWay]
    Task AnnounceAsync(string portalId);

    [OneWay]
    Task ForgetAsync(string portalId);

    [ReadOnly]
    Task<ImmutableArray<string>> GetPortalsAsync();
}
