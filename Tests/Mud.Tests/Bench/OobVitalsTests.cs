using Mud.Bench.Telnet;

namespace Mud.Tests.Bench;

[Trait("Category", "Unit")]
public sealed class OobVitalsTests
{
    [Fact]
    public void Mana_IsReadFromAnMsdpUpdate_AmongOtherVariables()
    {
        byte[] payload = [1, .. "HEALTH"u8, 2, .. "90"u8, 1, .. "MANA"u8, 2, .. "37"u8];

        Assert.Equal(37, OobVitals.ManaOf(TelnetBytes.Msdp, payload));
        Assert.Null(OobVitals.ManaOf(TelnetBytes.Msdp, [1, .. "HEALTH"u8, 2, .. "90"u8]));
    }

    [Fact]
    public void Mana_IsReadFromGmcpCharVitals_OnlyThere()
    {
        Assert.Equal(45, OobVitals.ManaOf(TelnetBytes.Gmcp, "Char.Vitals {\"hp\":100,\"maxhp\":100,\"mp\": 45,\"maxmp\":50}"u8));
        Assert.Null(OobVitals.ManaOf(TelnetBytes.Gmcp, "Char.Status {\"mp\":45}"u8));
    }

    [Fact]
    public void Subscriptions_AreFramedSubnegotiations()
    {
        var msdp = OobVitals.Subscription(TelnetBytes.Msdp);
        var gmcp = OobVitals.Subscription(TelnetBytes.Gmcp);

        Assert.Equal([TelnetBytes.Iac, TelnetBytes.Sb, TelnetBytes.Msdp, 1], msdp[..4]);
        Assert.Equal([TelnetBytes.Iac, TelnetBytes.Se], msdp[^2..]);
        Assert.Equal("Core.Supports.Set [\"Char 1\"]", System.Text.Encoding.ASCII.GetString(gmcp[3..^2]));
    }
}
