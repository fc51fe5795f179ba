using System.Collections.Immutable;

namespace Mud.Sessions;

[GrainType("portaldirectory")]
public sealed class PortalDirectoryGrain : Grain, IPortalDirectoryGrain
{
    private readonly HashSet<string> _portals = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // In memory only, and refilled by the portals' announcements, so it must not be collected while idle.
        DelayDeactivation(Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public Task AnnounceAsync(string portalId)
    {
        _portals.Add(portalId);
        return Task.CompletedTask;
    }

    public Task ForgetAsync(string portalId)
    {
        _portals.Remove(portalId);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<string>> GetPortalsAsync() => Task.FromResult(_portals.Order(StringComparer.Ordinal).ToImmutableArray());
}
