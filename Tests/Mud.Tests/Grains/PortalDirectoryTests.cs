using Mud.Hosting;
using Mud.Sessions;
using Orleans.Core.Internal;

namespace Mud.Tests.Grains;

/// <summary>
/// The directory through which administrators reach every session (<c>@who</c>, <c>@wall</c>, <c>@shutdown</c>):
/// a live front end stays listed whatever becomes of its portal grain's or the directory's activation, as in a silo
/// restart, and a front end that falls silent past the portal timeout leaves it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PortalDirectoryTests(PortalDirectoryTests.ShortPortalTimeoutFixture cluster)
    : IClassFixture<PortalDirectoryTests.ShortPortalTimeoutFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private IPortalDirectoryGrain Directory => cluster.Client.GetGrain<IPortalDirectoryGrain>(0);

    [Fact]
    public async Task APortalGrainDeactivated_AsItsSiloRestarts_LeavesItsFrontEndListed()
    {
        var (portal, id) = await ListedFrontEndAsync();

        await DeactivateAsync(portal);

        // A farewell from the old activation could reach the directory after the new one announced the front end again.
        for (var asked = 0; asked < 10; asked++)
        {
            Assert.Contains(id, await Directory.GetPortalsAsync());
            await Task.Delay(50);
        }

        Assert.False(await portal.HeartbeatAsync(), "a new activation tells its front end to resume its sessions");
    }

    [Fact]
    public async Task TheDirectoryLost_IsRefilledByTheNextHeartbeat()
    {
        var (portal, id) = await ListedFrontEndAsync();

        await DeactivateAsync(Directory);
        Assert.DoesNotContain(id, await Directory.GetPortalsAsync());

        await portal.HeartbeatAsync();
        await WaitUntilListedAsync(id, listed: true);
    }

    [Fact]
    public async Task AFrontEndThatFallsSilent_IsForgotten_AndListedAgainWhenItBeats()
    {
        var (portal, id) = await ListedFrontEndAsync();

        // No heartbeat for the portal timeout: the front end is taken for dead.
        await WaitUntilListedAsync(id, listed: false);

        await portal.HeartbeatAsync();
        await WaitUntilListedAsync(id, listed: true);
    }

    /// <summary>A new front end's portal grain, after its first heartbeat has put it in the directory.</summary>
    private async Task<(IPortalGrain Portal, string Id)> ListedFrontEndAsync()
    {
        var id = "telnet-" + Guid.NewGuid().ToString("N")[..12];
        var portal = cluster.Client.GetGrain<IPortalGrain>(id);
        await portal.HeartbeatAsync();
        await WaitUntilListedAsync(id, listed: true);
        return (portal, id);
    }

    private async Task DeactivateAsync(IAddressable grain)
    {
        await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        var grainId = grain.GetGrainId();
        using var patience = new CancellationTokenSource(Patience);
        while ((await management.GetActiveGrains(grainId.Type)).Contains(grainId))
        {
            await Task.Delay(50, patience.Token);
        }
    }

    private async Task WaitUntilListedAsync(string id, bool listed)
    {
        using var patience = new CancellationTokenSource(Patience);
        while ((await Directory.GetPortalsAsync()).Contains(id) != listed)
        {
            await Task.Delay(100, patience.Token);
        }
    }

    public sealed class ShortPortalTimeoutFixture : GameClusterFixture
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            [$"{ClusterFailoverOptions.Section}:PortalTimeoutSeconds"] = "5",
        };
    }
}
