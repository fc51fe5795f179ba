using Mud.Portal.Telnet;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class WindowSizeTests
{
    [Fact]
    public void Receive_TintinWillAndSizeInOneSegment_RecordsTheSize()
    {
        // Observed: ff fb 1f ff fa 1f 00 50 00 18 ff f0 (80x24).
        var harness = Started();

        harness.Receive(0xFF, 0xFB, 0x1F, 0xFF, 0xFA, 0x1F, 0x00, 0x50, 0x00, 0x18, 0xFF, 0xF0);

        Assert.Equal([(80, 24)], harness.Events.WindowSizes);
        Assert.Equal(80, harness.Codec.WindowWidth);
        Assert.Equal(24, harness.Codec.WindowHeight);
        Assert.Empty(harness.TakeOutput());
    }

    [Fact]
    public void Receive_WidthOf255_IsUnescapedBeforeReading()
    {
        var harness = Started().Receive(Iac, Will, WindowSize);

        harness.Receive(Iac, Sb, WindowSize, 0x00, 0xFF, 0xFF, 0x00, 0x18, Iac, Se);

        Assert.Equal([(255, 24)], harness.Events.WindowSizes);
    }

    [Fact]
    public void Receive_BothBytesOfASize255_AreUnescaped()
    {
        var harness = Started().Receive(Iac, Will, WindowSize);

        harness.Receive(Iac, Sb, WindowSize, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0xFF, 0xFF, Iac, Se);

        Assert.Equal([(65535, 511)], harness.Events.WindowSizes);
    }

    [Fact]
    public void Receive_Resize_ReportsEachNewSize()
    {
        var harness = Started().Receive(Iac, Will, WindowSize);

        harness.Receive(Iac, Sb, WindowSize, 0, 80, 0, 24, Iac, Se);
        harness.Receive(Iac, Sb, WindowSize, 0, 0, 0, 0, Iac, Se);

        Assert.Equal([(80, 24), (0, 0)], harness.Events.WindowSizes);
        Assert.Equal(0, harness.Codec.WindowWidth);
    }

    [Theory]
    [InlineData(new byte[] { 0, 80, 0 })]
    [InlineData(new byte[] { 0, 80, 0, 24, 0 })]
    [InlineData(new byte[] { 0, 80 })]
    public void Receive_MalformedSize_IsIgnored(byte[] payload)
    {
        var harness = Started().Receive(Iac, Will, WindowSize);

        harness.Receive([Iac, Sb, WindowSize, .. payload, Iac, Se]);

        Assert.Empty(harness.Events.WindowSizes);
        Assert.Empty(harness.Events.Subnegotiations);
    }

    private static TelnetHarness Started()
    {
        var harness = new TelnetHarness();
        harness.Codec.Start();
        harness.TakeOutput();
        return harness;
    }
}
