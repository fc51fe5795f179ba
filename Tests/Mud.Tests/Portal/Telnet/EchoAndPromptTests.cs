using Mud.Portal.Telnet;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class EchoAndPromptTests
{
    [Fact]
    public void HideInput_WritesWillEcho()
    {
        var harness = Started();

        harness.Codec.HideInput();

        Assert.Equal([Iac, Will, Echo], harness.TakeOutput());
    }

    [Fact]
    public void ShowInput_AfterClientAgreed_WritesWontEchoAndANewLine()
    {
        var harness = Started();
        harness.Codec.HideInput();
        harness.Receive(Iac, Do, Echo);
        harness.TakeOutput();

        harness.Codec.ShowInput();

        Assert.Equal([Iac, Wont, Echo, (byte)'\r', (byte)'\n'], harness.TakeOutput());
        Assert.False(harness.Codec.IsOptionEnabled(Echo, local: true));
    }

    [Fact]
    public void ShowInput_WhenInputWasNotHidden_WritesNothing()
    {
        var harness = Started();

        harness.Codec.ShowInput();

        Assert.Empty(harness.TakeOutput());
    }

    [Fact]
    public void HideInput_SecondPasswordWithTintin_StillHidesInput()
    {
        // tintin++ answers WILL ECHO with DO ECHO but never answers WONT ECHO.
        var harness = Started();
        harness.Codec.HideInput();
        harness.Receive(Iac, Do, Echo);
        harness.Codec.ShowInput();
        harness.TakeOutput();

        harness.Codec.HideInput();
        Assert.Equal([Iac, Will, Echo], harness.TakeOutput());

        harness.Receive(Iac, Do, Echo);
        Assert.Empty(harness.TakeOutput());
        Assert.True(harness.Codec.IsOptionEnabled(Echo, local: true));
    }

    [Fact]
    public void HideInput_CompliantClientConfirmingLate_SettlesWithInputHidden()
    {
        // The client's DONT (confirming the WONT) crosses our new WILL on the wire.
        var harness = Started();
        harness.Codec.HideInput();
        harness.Receive(Iac, Do, Echo);
        harness.Codec.ShowInput();
        harness.Codec.HideInput();
        harness.TakeOutput();

        harness.Receive(Iac, Dont, Echo, Iac, Do, Echo);
        harness.Receive(Iac, Do, Echo);

        Assert.True(harness.Codec.IsOptionEnabled(Echo, local: true));
        Assert.Equal([Iac, Will, Echo], harness.TakeOutput());
    }

    [Fact]
    public void Receive_UnsolicitedDoEcho_IsRefusedOnce()
    {
        var harness = Started();

        harness.Receive(Iac, Do, Echo, Iac, Do, Echo);

        Assert.Equal([Iac, Wont, Echo], harness.TakeOutput());
        Assert.False(harness.Codec.IsOptionEnabled(Echo, local: true));
    }

    [Fact]
    public void WritePromptEnd_WithoutEor_WritesGoAhead()
    {
        var harness = Started();

        harness.Codec.WritePromptEnd();

        Assert.Equal([Iac, Ga], harness.TakeOutput());
    }

    [Fact]
    public void WritePromptEnd_WithEorAgreed_WritesEor()
    {
        var harness = new TelnetHarness(TelnetPolicy.Default with { OfferLocal = [SuppressGoAhead, EndOfRecord] });
        harness.Codec.Start();
        harness.Receive(Iac, Do, EndOfRecord);
        harness.TakeOutput();

        harness.Codec.WritePromptEnd();

        Assert.Equal([Iac, TelnetCommand.Eor], harness.TakeOutput());
    }

    [Fact]
    public void WritePromptEnd_WithGoAheadTurnedOff_WritesNothing()
    {
        var harness = new TelnetHarness(TelnetPolicy.Default with { SendGoAhead = false });

        harness.Codec.WritePromptEnd();

        Assert.Empty(harness.TakeOutput());
    }

    private static TelnetHarness Started()
    {
        var harness = new TelnetHarness();
        harness.Codec.Start();
        harness.TakeOutput();
        return harness;
    }
}
