using System.Net;
using Mud.Portal.Cluster;
using Orleans.Runtime;

namespace Mud.Tests.Portal.Cluster;

[Trait("Category", "Unit")]
public sealed class SiloWatchTests
{
    private static readonly SiloAddress First = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111), 1);
    private static readonly SiloAddress Second = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11112), 1);
    private static readonly SiloAddress SecondRestarted = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11112), 2);

    [Fact]
    public void ASiloJoining_IsNoLoss()
    {
        var watch = new SiloWatch();
        Assert.False(watch.Update(Hosts((First, SiloStatus.Active))).Lost);
        Assert.False(watch.Update(Hosts((First, SiloStatus.Active), (Second, SiloStatus.Joining))).Lost);
        Assert.False(watch.Update(Hosts((First, SiloStatus.Active), (Second, SiloStatus.Active))).Lost);
    }

    [Fact]
    public void ASiloDeclaredDead_IsALoss_ReportedOnce()
    {
        var watch = new SiloWatch();
        watch.Update(Hosts((First, SiloStatus.Active), (Second, SiloStatus.Active)));

        Assert.True(watch.Update(Hosts((First, SiloStatus.Active), (Second, SiloStatus.Dead))).Lost);
        Assert.False(watch.Update(Hosts((First, SiloStatus.Active), (Second, SiloStatus.Dead))).Lost);
    }

    [Fact]
    public void AStoppingSilo_IsALossOnlyOnceItIsGone_SoItsGrainsHaveDeactivated()
    {
        var watch = new SiloWatch();
        watch.Update(Hosts((First, SiloStatus.Active), (Second, SiloStatus.Active)));

        Assert.Equal(new SiloChange(Lost: false, Leaving: true), watch.Update(Hosts((First, SiloStatus.Active), (Second, SiloStatus.ShuttingDown))));
        Assert.Equal(new SiloChange(Lost: false, Leaving: true), watch.Update(Hosts((First, SiloStatus.Active), (Second, SiloStatus.Stopping))));
        Assert.Equal(new SiloChange(Lost: true, Leaving: false), watch.Update(Hosts((First, SiloStatus.Active), (Second, SiloStatus.Dead), (SecondRestarted, SiloStatus.Joining))));
    }

    [Fact]
    public void ASiloRemovedFromTheTable_IsALoss()
    {
        var watch = new SiloWatch();
        watch.Update(Hosts((First, SiloStatus.Active), (Second, SiloStatus.Active)));

        Assert.True(watch.Update(Hosts((First, SiloStatus.Active))).Lost);
    }

    private static Dictionary<SiloAddress, SiloStatus> Hosts(params (SiloAddress Silo, SiloStatus Status)[] hosts) =>
        hosts.ToDictionary(h => h.Silo, h => h.Status);
}
