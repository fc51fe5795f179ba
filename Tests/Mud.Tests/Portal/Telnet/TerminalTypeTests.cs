using Mud.Portal.Rendering;
using Mud.Portal.Telnet;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class TerminalTypeTests
{
    private static readonly byte[] s_send = [Iac, Sb, TerminalType, 1, Iac, Se];

    [Fact]
    public void Receive_WillTtype_SendsTheFirstRequest()
    {
        var harness = Started();

        harness.Receive(Iac, Will, TerminalType);

        Assert.Equal(s_send, harness.TakeOutput());
    }

    [Fact]
    public void Receive_TintinCycle_IdentifiesTintinWith256ColoursAndUtf8()
    {
        // Observed from tintin++ 2.02.20: TINTIN++, then $TERM, then MTTS 271.
        var harness = Started().Receive(Iac, Will, TerminalType);
        harness.TakeOutput();

        harness.Receive(Is("TINTIN++"));
        Assert.Equal(s_send, harness.TakeOutput());
        harness.Receive(Is("xterm"));
        Assert.Equal(s_send, harness.TakeOutput());
        harness.Receive(Is("MTTS 271"));
        Assert.Empty(harness.TakeOutput());

        TelnetClientInfo info = Assert.Single(harness.Events.Identified);
        Assert.Equal(new TelnetClientInfo("TINTIN++", "xterm", MttsFlags.Ansi | MttsFlags.Vt100 | MttsFlags.Utf8 | MttsFlags.Colors256 | MttsFlags.TrueColor), info);
        Assert.Equal(ColorMode.Xterm256, info.ColorMode);
        Assert.True(info.SupportsUtf8);
        Assert.False(info.UsesScreenReader);
        Assert.Same(info, harness.Codec.Client);
    }

    [Fact]
    public void Receive_MudletCycle_IdentifiesMudletAndStopsAtMtts()
    {
        var harness = Started().Receive(Iac, Will, TerminalType);

        harness.Receive(Is("MUDLET")).Receive(Is("ANSI-TRUECOLOR")).Receive(Is("MTTS 2349"));
        // Mudlet repeats the MTTS line and then starts over; none of that is asked for or counted.
        harness.Receive(Is("MTTS 2349")).Receive(Is("MUDLET"));

        Assert.Equal([.. s_send, .. s_send, .. s_send], harness.TakeOutput());
        TelnetClientInfo info = Assert.Single(harness.Events.Identified);
        Assert.Equal("MUDLET", info.Name);
        Assert.Equal("ANSI-TRUECOLOR", info.TerminalType);
        Assert.Equal(ColorMode.Xterm256, info.ColorMode);
        Assert.True(info.SupportsUtf8);
        Assert.True(info.Mtts!.Value.HasFlag(MttsFlags.Ssl));
    }

    [Fact]
    public void Receive_ClientWithOneTerminalType_StopsWhenTheAnswerRepeats()
    {
        var harness = Started().Receive(Iac, Will, TerminalType);

        harness.Receive(Is("XTERM-256COLOR")).Receive(Is("XTERM-256COLOR"));

        Assert.Equal([.. s_send, .. s_send], harness.TakeOutput());
        TelnetClientInfo info = Assert.Single(harness.Events.Identified);
        Assert.Equal(new TelnetClientInfo("XTERM-256COLOR", "XTERM-256COLOR", null), info);
        Assert.Equal(ColorMode.Xterm256, info.ColorMode);
        Assert.False(info.SupportsUtf8);
    }

    [Fact]
    public void Receive_ClientWithALongList_IsAskedAtMostThreeTimes()
    {
        var harness = Started().Receive(Iac, Will, TerminalType);

        harness.Receive(Is("XTERM")).Receive(Is("VT220")).Receive(Is("VT100")).Receive(Is("DUMB"));

        Assert.Equal([.. s_send, .. s_send, .. s_send], harness.TakeOutput());
        Assert.Equal(new TelnetClientInfo("XTERM", "VT220", null), Assert.Single(harness.Events.Identified));
    }

    [Fact]
    public void Receive_TtypeRefused_ReportsAnUnknownClient()
    {
        var harness = Started();

        harness.Receive(Iac, Wont, TerminalType);

        Assert.Equal(TelnetClientInfo.Unknown, Assert.Single(harness.Events.Identified));
        Assert.Equal(ColorMode.Ansi16, TelnetClientInfo.Unknown.ColorMode);
    }

    [Fact]
    public void Receive_TtypeTurnedOffMidCycle_ReportsWhatWasLearned()
    {
        var harness = Started().Receive(Iac, Will, TerminalType);

        harness.Receive(Is("CMUD")).Receive(Iac, Wont, TerminalType).Receive(Is("ANSI"));

        Assert.Equal(new TelnetClientInfo("CMUD", "CMUD", null), Assert.Single(harness.Events.Identified));
    }

    [Fact]
    public void Receive_UnrequestedTtypeAnswers_AreIgnored()
    {
        var harness = Started();

        harness.Receive(Is("EVIL")).Receive(Is("EVIL2"));

        Assert.Empty(harness.TakeOutput());
        Assert.Empty(harness.Events.Identified);
    }

    [Fact]
    public void Receive_TtypeNameWithControlBytes_IsMadePrintableAndBounded()
    {
        var harness = Started().Receive(Iac, Will, TerminalType);

        harness.Receive([Iac, Sb, TerminalType, 0, 0x1B, .. "[2J"u8, .. Enumerable.Repeat((byte)'A', 200), Iac, Se]);
        harness.Receive(Is("MTTS 1"));

        TelnetClientInfo info = Assert.Single(harness.Events.Identified);
        Assert.Equal(64, info.Name.Length);
        Assert.StartsWith("?[2JAAA", info.Name, StringComparison.Ordinal);
        Assert.Equal(ColorMode.Ansi16, info.ColorMode);
    }

    [Theory]
    [InlineData("MUSHCLIENT", "ANSI", null, ColorMode.Ansi16)]
    [InlineData("XTERM-256COLOR", "XTERM-256COLOR", null, ColorMode.Xterm256)]
    [InlineData("DUMB", "DUMB", null, ColorMode.None)]
    [InlineData("X", "Y", 0, ColorMode.None)]
    [InlineData("X", "Y", 1, ColorMode.Ansi16)]
    [InlineData("X", "Y", 9, ColorMode.Xterm256)]
    [InlineData("X", "Y", 257, ColorMode.Xterm256)]
    public void ColorMode_IsDerivedFromMttsOrTheTerminalName(string name, string terminal, int? mtts, ColorMode expected)
    {
        var info = new TelnetClientInfo(name, terminal, (MttsFlags?)mtts);

        Assert.Equal(expected, info.ColorMode);
    }

    private static byte[] Is(string value) =>
        [Iac, Sb, TerminalType, 0, .. System.Text.Encoding.ASCII.GetBytes(value), Iac, Se];

    private static TelnetHarness Started()
    {
        var harness = new TelnetHarness();
        harness.Codec.Start();
        harness.TakeOutput();
        return harness;
    }
}
