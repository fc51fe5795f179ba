using Orleans.Concurrency;

namespace Mud.Sessions;

/// <summary>The cluster's side of one running front-end process, keyed by the process's portal id.</summary>
public interface IPortalGrain : IGrainWithStringKey
{
    /// <summary>
    /// Called every few seconds by the front end. Returns false the first time this activation hears from
    /// the portal, which after a silo restart means the front end must resume its sessions.
    /// The call also keeps the client's gateway connection alive.
    /// </summary>
    Task<bool> HeartbeatAsync();

    /// <summary>
    /// A session of this front end is open. If the front end's heartbeats stop for longer than
    /// <c>Mud:Cluster:PortalTimeoutSeconds</c>, the portal grain closes it, so its character leaves the world.
    /// </summary>
    Task TrackSessionAsync(string sessionId);

    /// <summary>A session of this front end closed. One-way, because the portal grain itself may be closing it.</summary>
    [OneWay]
    Task ForgetSessionAsync(string sessionId);

    /// <summary>The ids of this front end's open sessions.</summary>
    [AlwaysInterleave]
    Task<System.Collections.Immutable.ImmutableArray<string>> GetSessionsAsync();
}
