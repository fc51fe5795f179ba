using System.Text;
using Mud.Portal.Telnet;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class TelnetParserTests
{
    private static readonly TelnetPolicy s_gmcpPolicy = TelnetPolicy.Default with
    {
        OfferLocal = [SuppressGoAhead, Gmcp],
    };

    /// <summary>A session's worth of traffic mixing text, escapes, negotiation and subnegotiations.</summary>
    private static byte[] MixedStream() =>
    [
        Iac, Do, SuppressGoAhead,
        Iac, Will, TerminalType,
        Iac, Will, WindowSize, Iac, Sb, WindowSize, 0, 255, 255, 0, 24, Iac, Se,
        .. "look\r\n"u8,
        Iac, Do, Gmcp,
        Iac, Sb, Gmcp, .. "Core.Hello {}"u8, Iac, Iac, Iac, Se,
        Iac, Sb, TerminalType, 0, .. "TINTIN++"u8, Iac, Se,
        .. "say h\u00e9"u8, Iac, Nop, .. "llo\r"u8,
        Iac, Sb, TerminalType, 0, .. "xterm"u8, Iac, Se,
        .. "\nsay "u8, Iac, Iac, .. "\r\0north\n"u8,
        Iac, Sb, TerminalType, 0, .. "MTTS 271"u8, Iac, Se,
        Iac, Ga,
        .. "quit\r\n"u8,
    ];

    [Fact]
    public void Receive_IacIacInData_YieldsOneDataByte255()
    {
        var harness = new TelnetHarness().Receive([.. "a"u8, Iac, Iac, .. "b\r\n"u8]);

        // 0xFF is not valid UTF-8, so the one data byte decodes to one replacement character.
        Assert.Equal(["a\uFFFDb"], harness.Events.Lines);
        Assert.Empty(harness.TakeOutput());
    }

    [Fact]
    public void Receive_IacIacInSubnegotiation_YieldsOnePayloadByte255()
    {
        var harness = GmcpHarness();

        harness.Receive(Iac, Sb, Gmcp, 1, Iac, Iac, 2, Iac, Iac, Iac, Iac, Iac, Se);

        (byte option, byte[] payload) = Assert.Single(harness.Events.Subnegotiations);
        Assert.Equal(Gmcp, option);
        Assert.Equal([1, 255, 2, 255, 255], payload);
    }

    [Fact]
    public void Receive_MixedStreamSplitAtEveryPosition_GivesTheSameResult()
    {
        byte[] stream = MixedStream();
        (List<string> expectedLog, byte[] expectedOutput) = Run(harness => harness.Receive(stream));

        for (int split = 1; split < stream.Length; split++)
        {
            (List<string> log, byte[] output) = Run(harness => harness.ReceiveInChunks(stream, [split]));
            Assert.True(expectedLog.SequenceEqual(log), $"split at byte {split} changed the events");
            Assert.True(expectedOutput.AsSpan().SequenceEqual(output), $"split at byte {split} changed the replies");
        }
    }

    [Fact]
    public void Receive_MixedStreamOneByteAtATime_GivesTheSameResult()
    {
        byte[] stream = MixedStream();
        (List<string> expectedLog, byte[] expectedOutput) = Run(harness => harness.Receive(stream));

        (List<string> log, byte[] output) = Run(harness => harness.ReceiveInChunks(stream, Enumerable.Repeat(1, stream.Length)));

        Assert.Equal(expectedLog, log);
        Assert.Equal(expectedOutput, output);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(1234)]
    [InlineData(99999)]
    public void Receive_MixedStreamInRandomChunks_GivesTheSameResult(int seed)
    {
        byte[] stream = MixedStream();
        (List<string> expectedLog, byte[] expectedOutput) = Run(harness => harness.Receive(stream));
        var random = new Random(seed);

        (List<string> log, byte[] output) = Run(harness =>
            harness.ReceiveInChunks(stream, Enumerable.Range(0, stream.Length).Select(_ => random.Next(1, 9))));

        Assert.Equal(expectedLog, log);
        Assert.Equal(expectedOutput, output);
    }

    [Fact]
    public void Receive_MixedStream_ProducesTheExpectedEvents()
    {
        (List<string> log, _) = Run(harness => harness.Receive(MixedStream()));

        Assert.Equal(
            [
                "on:3:True",
                "on:24:False",
                "on:31:False",
                "naws:255x24",
                "line:look",
                "on:201:True",
                "sb:201:" + Convert.ToHexString([.. "Core.Hello {}"u8, 0xFF]),
                "line:say h\u00e9llo",
                "line:say \uFFFD",
                "line:north",
                "client:" + new TelnetClientInfo("TINTIN++", "xterm", (MttsFlags)271),
                "line:quit",
            ],
            log);
    }

    [Fact]
    public void Receive_OversizedSubnegotiation_IsDroppedReportedOnceAndParsingContinues()
    {
        var harness = GmcpHarness(new TelnetLimits { MaxSubnegotiationBytes = 32 });
        byte[] big = [Iac, Sb, Gmcp, .. Enumerable.Repeat((byte)'x', 100), Iac, Se];

        harness.ReceiveInChunks(big, [5, 10, 10, 10, 10, 10, 10, 10, 10]);
        harness.Receive([Iac, Sb, Gmcp, .. "ok"u8, Iac, Se, .. "still here\r\n"u8]);

        Assert.Equal([Gmcp], harness.Events.SubnegotiationsTooLong);
        (_, byte[] payload) = Assert.Single(harness.Events.Subnegotiations);
        Assert.Equal("ok"u8.ToArray(), payload);
        Assert.Equal(["still here"], harness.Events.Lines);
    }

    [Fact]
    public void Receive_EscapedBytesInSubnegotiation_CountTowardTheLimitAfterDecoding()
    {
        var harness = GmcpHarness(new TelnetLimits { MaxSubnegotiationBytes = 16 });

        // 16 decoded bytes sent as 32 wire bytes: exactly at the limit, so it is kept.
        harness.Receive([Iac, Sb, Gmcp, .. Enumerable.Repeat(Iac, 32), Iac, Se]);
        // One more decoded byte is over it.
        harness.Receive([Iac, Sb, Gmcp, .. Enumerable.Repeat(Iac, 34), Iac, Se]);

        Assert.Equal(16, Assert.Single(harness.Events.Subnegotiations).Payload.Length);
        Assert.Equal([Gmcp], harness.Events.SubnegotiationsTooLong);
    }

    [Fact]
    public void Receive_SubnegotiationWithoutSe_IsDroppedAtTheNextCommand()
    {
        var harness = GmcpHarness();

        harness.Receive([Iac, Sb, Gmcp, .. "Core.Hel"u8, Iac, Will, Msdp, .. "look\r\n"u8]);

        Assert.Empty(harness.Events.Subnegotiations);
        Assert.Equal(["look"], harness.Events.Lines);
        Assert.Equal([Iac, Dont, Msdp], harness.TakeOutput());
    }

    [Fact]
    public void Receive_SubnegotiationInterruptedBySb_StartsTheNewOne()
    {
        var harness = GmcpHarness();

        harness.Receive([Iac, Sb, Gmcp, .. "broken"u8, Iac, Sb, Gmcp, .. "whole"u8, Iac, Se]);

        Assert.Equal("whole"u8.ToArray(), Assert.Single(harness.Events.Subnegotiations).Payload);
    }

    [Fact]
    public void Receive_SubnegotiationForOptionNotAgreed_IsNotForwarded()
    {
        var harness = new TelnetHarness();
        harness.Codec.Start();

        harness.Receive([Iac, Sb, Gmcp, .. "Core.Hello {}"u8, Iac, Se, Iac, Sb, 99, 1, 2, Iac, Se]);

        Assert.Empty(harness.Events.Subnegotiations);
    }

    [Fact]
    public void Receive_StrayCommands_AreIgnored()
    {
        var harness = new TelnetHarness();

        harness.Receive([.. "ab"u8, Iac, Se, Iac, Nop, Iac, AreYouThere, Iac, Ga, Iac, Eor, Iac, 17, .. "c\r\n"u8]);

        Assert.Equal(["abc"], harness.Events.Lines);
        Assert.Empty(harness.TakeOutput());
    }

    [Fact]
    public void Receive_EraseCharacter_RemovesTheLastCharacterNotByte()
    {
        var harness = new TelnetHarness();

        harness.Receive([.. Encoding.UTF8.GetBytes("caf\u00e9"), Iac, EraseCharacter, .. "e\r\n"u8]);

        Assert.Equal(["cafe"], harness.Events.Lines);
    }

    [Fact]
    public void Receive_EraseLine_ForgetsTheLineSoFar()
    {
        var harness = new TelnetHarness();

        harness.Receive([.. "oops"u8, Iac, EraseLine, .. "look\r\n"u8]);

        Assert.Equal(["look"], harness.Events.Lines);
    }

    private static TelnetHarness GmcpHarness(TelnetLimits? limits = null)
    {
        var harness = new TelnetHarness(s_gmcpPolicy, limits);
        harness.Codec.Start();
        harness.Receive(Iac, Do, Gmcp);
        harness.TakeOutput();
        return harness;
    }

    private static (List<string> Log, byte[] Output) Run(Action<TelnetHarness> feed)
    {
        var harness = new TelnetHarness(s_gmcpPolicy);
        harness.Codec.Start();
        harness.TakeOutput();
        feed(harness);
        return (harness.Events.Log, harness.TakeOutput());
    }
}
