using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mud.Sessions;

/// <summary>
/// The front ends the cluster knows are running, so administrators can list and reach every session. In memory:
/// each portal grain announces itself on activation and at every check of its front end's heartbeat, so after a
/// silo restart the list fills again within seconds. Single grain, key 0.
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
