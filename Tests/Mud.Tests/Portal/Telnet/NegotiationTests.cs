using Mud.Portal.Telnet;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class NegotiationTests
{
    [Fact]
    public void Start_WritesTheDefaultOffers()
    {
        var harness = new TelnetHarness();

        harness.Codec.Start();

        Assert.Equal(
            [Iac, Will, SuppressGoAhead, Iac, Will, EndOfRecord, Iac, Do, TerminalType, Iac, Do, WindowSize, Iac, Do, Charset],
            harness.TakeOutput());
    }

    [Fact]
    public void Start_WritesOffersFromThePolicy()
    {
        var policy = TelnetPolicy.Default with
        {
            OfferLocal = [EndOfRecord, Msdp, Gmcp],
            OfferRemote = [WindowSize],
        };
        var harness = new TelnetHarness(policy);

        harness.Codec.Start();
        harness.Codec.Start();

        Assert.Equal(
            [Iac, Will, EndOfRecord, Iac, Will, Msdp, Iac, Will, Gmcp, Iac, Do, WindowSize],
            harness.TakeOutput());
    }

    [Fact]
    public void Receive_AnswersToOurOffers_EnableWithoutReply()
    {
        var harness = Started();

        harness.Receive(Iac, Do, SuppressGoAhead, Iac, Will, WindowSize);

        Assert.Empty(harness.TakeOutput());
        Assert.True(harness.Codec.IsOptionEnabled(SuppressGoAhead, local: true));
        Assert.True(harness.Codec.IsOptionEnabled(WindowSize, local: false));
        Assert.Equal([(SuppressGoAhead, true), (WindowSize, false)], harness.Events.Enabled);
    }

    [Fact]
    public void Receive_ClientRepeatingDo_GetsNoFurtherReplies()
    {
        var harness = Started();

        for (int i = 0; i < 100; i++)
        {
            harness.Receive(Iac, Do, SuppressGoAhead);
        }

        Assert.Empty(harness.TakeOutput());
        Assert.Single(harness.Events.Enabled);
    }

    [Fact]
    public void Receive_ClientEchoingOurOwnRequestsBack_DoesNotLoop()
    {
        var harness = Started();

        // A broken client that answers every WILL with WILL and every DO with DO.
        for (int i = 0; i < 50; i++)
        {
            harness.Receive(Iac, Will, SuppressGoAhead, Iac, Do, TerminalType);
        }

        // One acceptance each, then silence; the unsupported local TTYPE is refused once.
        Assert.Equal([Iac, Do, SuppressGoAhead, Iac, Wont, TerminalType], harness.TakeOutput());
    }

    [Fact]
    public void Receive_UnsupportedOptions_AreRefusedOnlyOnce()
    {
        var harness = Started();

        for (int i = 0; i < 10; i++)
        {
            harness.Receive(Iac, Will, 91, Iac, Do, 93, Iac, Will, Gmcp);
        }

        Assert.Equal([Iac, Dont, 91, Iac, Wont, 93, Iac, Dont, Gmcp], harness.TakeOutput());
        Assert.Empty(harness.Events.Enabled);
    }

    [Fact]
    public void Receive_RefusalOfOurOffer_IsNotAnsweredAndReportsTheOptionOff()
    {
        var harness = Started();

        harness.Receive(Iac, Wont, TerminalType, Iac, Dont, SuppressGoAhead, Iac, Wont, TerminalType);

        Assert.Empty(harness.TakeOutput());
        Assert.Equal([(TerminalType, false), (SuppressGoAhead, true)], harness.Events.Disabled);
    }

    [Fact]
    public void Receive_DisableOfAnOptionAlreadyOff_GetsNoReply()
    {
        var harness = new TelnetHarness();

        harness.Receive(Iac, Wont, Echo, Iac, Dont, Echo, Iac, Dont, Gmcp, Iac, Wont, 200);

        Assert.Empty(harness.TakeOutput());
        Assert.Empty(harness.Events.Disabled);
    }

    [Fact]
    public void Receive_WillWontFlapping_GetsABoundedNumberOfReplies()
    {
        var harness = Started();
        harness.Receive(Iac, Will, WindowSize);
        harness.TakeOutput();

        for (int i = 0; i < 1000; i++)
        {
            harness.Receive(Iac, Wont, WindowSize, Iac, Will, WindowSize);
        }

        byte[] replies = harness.TakeOutput();
        byte[] pair = [Iac, Dont, WindowSize, Iac, Do, WindowSize];
        Assert.Equal(Enumerable.Repeat(pair, 4).SelectMany(b => b).ToArray(), replies);

        // Once quiet, the option stays off.
        Assert.False(harness.Codec.IsOptionEnabled(WindowSize, local: false));
    }

    [Fact]
    public void Receive_DoDontFlapping_GetsABoundedNumberOfReplies()
    {
        var harness = Started();
        harness.Receive(Iac, Do, SuppressGoAhead);

        for (int i = 0; i < 1000; i++)
        {
            harness.Receive(Iac, Dont, SuppressGoAhead, Iac, Do, SuppressGoAhead);
        }

        Assert.True(harness.TakeOutput().Length <= 8 * 3);
        Assert.False(harness.Codec.IsOptionEnabled(SuppressGoAhead, local: true));
    }

    [Fact]
    public void Receive_UnsolicitedRequestsForAcceptedOptions_AreAccepted()
    {
        var harness = new TelnetHarness();

        harness.Receive(Iac, Do, EndOfRecord, Iac, Will, TerminalType);

        Assert.Equal([Iac, Will, EndOfRecord, Iac, Do, TerminalType, Iac, Sb, TerminalType, 1, Iac, Se], harness.TakeOutput());
    }

    [Fact]
    public void Receive_ClientTurningAnEnabledOptionOff_IsAcknowledgedOnce()
    {
        var harness = Started();
        harness.Receive(Iac, Do, SuppressGoAhead);

        harness.Receive(Iac, Dont, SuppressGoAhead, Iac, Dont, SuppressGoAhead);

        Assert.Equal([Iac, Wont, SuppressGoAhead], harness.TakeOutput());
        Assert.Equal([(SuppressGoAhead, true)], harness.Events.Disabled);
    }

    [Fact]
    public void EnableOption_AfterConnect_AsksOnceAndAcceptsTheAnswer()
    {
        var harness = Started();

        harness.Codec.EnableOption(Gmcp, local: true);
        harness.Codec.EnableOption(Gmcp, local: true);
        harness.Receive(Iac, Do, Gmcp);
        harness.Codec.EnableOption(Gmcp, local: true);

        Assert.Equal([Iac, Will, Gmcp], harness.TakeOutput());
        Assert.True(harness.Codec.IsOptionEnabled(Gmcp, local: true));
    }

    [Fact]
    public void DisableOption_WhileOurRequestIsPending_IsSentAfterTheAnswer()
    {
        var harness = Started();
        harness.Codec.EnableOption(Gmcp, local: true);
        harness.TakeOutput();

        harness.Codec.DisableOption(Gmcp, local: true);
        Assert.Empty(harness.TakeOutput());

        harness.Receive(Iac, Do, Gmcp);
        Assert.Equal([Iac, Wont, Gmcp], harness.TakeOutput());
        Assert.False(harness.Codec.IsOptionEnabled(Gmcp, local: true));
        Assert.DoesNotContain(harness.Events.Enabled, e => e.Option == Gmcp);
    }

    [Fact]
    public void DisableOption_WhenOn_SendsWontAndReportsItOff()
    {
        var harness = Started();
        harness.Codec.EnableOption(Gmcp, local: true);
        harness.Receive(Iac, Do, Gmcp);
        harness.TakeOutput();

        harness.Codec.DisableOption(Gmcp, local: true);
        harness.Receive(Iac, Dont, Gmcp);

        Assert.Equal([Iac, Wont, Gmcp], harness.TakeOutput());
        Assert.Equal([(Gmcp, true)], harness.Events.Disabled);
    }

    private static TelnetHarness Started()
    {
        var harness = new TelnetHarness();
        harness.Codec.Start();
        harness.TakeOutput();
        return harness;
    }
}
