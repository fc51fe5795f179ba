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
}
