using Mud.Portal.Cluster;
using Mud.Sessions;

namespace Mud.Tests.Portal.Cluster;

[Trait("Category", "Unit")]
public sealed class ConnectionRegistryTests
{
    [Fact]
    public void AnAddress_HoldingTheLimit_IsRefused_UntilOneOfItsConnectionsIsReleased()
    {
        var registry = new ConnectionRegistry();

        Assert.True(registry.TryReserveAddress("10.0.0.1", 2));
        Assert.True(registry.TryReserveAddress("10.0.0.1", 2));
        Assert.False(registry.TryReserveAddress("10.0.0.1", 2));
        Assert.True(registry.TryReserveAddress("10.0.0.2", 2));

        registry.ReleaseAddress("10.0.0.1");

        Assert.Equal(1, registry.CountFrom("10.0.0.1"));
        Assert.True(registry.TryReserveAddress("10.0.0.1", 2));
    }

    [Fact]
    public void ReleasingEveryConnection_OfAnAddress_ForgetsTheAddress()
    {
        var registry = new ConnectionRegistry();
        registry.TryReserveAddress("10.0.0.1", 5);

        registry.ReleaseAddress("10.0.0.1");
        registry.ReleaseAddress("10.0.0.1");

        Assert.Equal(0, registry.CountFrom("10.0.0.1"));
    }

    [Theory]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7")]
    [InlineData("192.0.2.7", "192.0.2.7")]
    [InlineData("unknown", "unknown")]
    public void AnAddressBlock_IsTheIpv4Address_OrTheSlash64OfAnIpv6Address(string address, string block)
    {
        Assert.Equal(block, AddressBlock.Of(address));
    }
}
