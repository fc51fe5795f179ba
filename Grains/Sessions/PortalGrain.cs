namespace Mud.Sessions;

/// <summary>
/// In memory only: its whole job is to be forgotten by a silo restart, which is how the front end learns
/// that its sessions must resume.
/// </summary>
[GrainType("portal")]
public sealed class PortalGrain : Grain, IPortalGrain
{
    private bool _known;

    public Task<bool> HeartbeatAsync()
    {
        var known = _known;
        _known = true;
        return Task.FromResult(known);
    }
}
