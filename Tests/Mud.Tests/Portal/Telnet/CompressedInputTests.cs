using System.IO.Compression;
using Mud.Portal.Telnet;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

/// <summary>MCCP3: the client compresses what it sends, as tintin++ does as soon as it is offered.</summary>
[Trait("Category", "Unit")]
public sealed class CompressedInputTests
{
    private static readonly byte[] s_start = [Iac, Do, Mccp3, Iac, Sb, Mccp3, Iac, Se];
    private static readonly TelnetPolicy s_policy = TelnetPolicy.Default with
    {
        OfferLocal = [.. TelnetPolicy.Default.OfferLocal, Mccp3],
    };

    [Fact]
    public void Start_OffersCompress3()
    {
        var harness = new TelnetHarness(s_policy);

        harness.Codec.Start();

        Assert.Contains(Convert.ToHexString([Iac, Will, Mccp3]), Convert.ToHexString(harness.TakeOutput()), StringComparison.Ordinal);
    }

    [Fact]
    public void CompressedInput_IsInflatedBeforeParsing_SplitAnywhere()
    {
        byte[] stream = [.. s_start, .. Compress([.. "look\r\n"u8, Iac, Will, WindowSize, Iac, Sb, WindowSize, 0, 100, 0, 40, Iac, Se, .. "say h\u00e9\r\n"u8], finish: false)];

        var harness = TelnetHarness.AssertSameAtEverySplit(stream, Started);

        Assert.Equal(["look", "say h\u00e9"], harness.Events.Lines);
        Assert.Equal([(100, 40)], harness.Events.WindowSizes);
        Assert.Empty(harness.TakeOutput());
    }

    [Fact]
    public void TheClientEndingItsStream_MakesWhatFollowsPlainAgain_SplitAnywhere()
    {
        byte[] stream = [.. s_start, .. Compress("north\r\n"u8.ToArray(), finish: true), .. "south\r\n"u8];

        var harness = TelnetHarness.AssertSameAtEverySplit(stream, Started);

        Assert.Equal(["north", "south"], harness.Events.Lines);
    }

    [Fact]
    public void ACorruptStream_IsAnsweredWithDontCompress3_AndLaterInputIsReadPlainly()
    {
        var harness = Started();
        harness.Receive([.. s_start, 0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF, 0x00]);

        Assert.Equal([Iac, Dont, Mccp3], harness.TakeOutput());
        harness.ReceiveText("look\r\n");
        Assert.Equal(["look"], harness.Events.Lines);
    }

    [Fact]
    public void Compress3Marker_WithoutAgreement_IsIgnored()
    {
        var harness = new TelnetHarness();
        harness.Codec.Start();

        harness.Receive([Iac, Sb, Mccp3, Iac, Se, .. "plain\r\n"u8]);

        Assert.Equal(["plain"], harness.Events.Lines);
    }

    private static byte[] Compress(byte[] data, bool finish)
    {
        var compressed = new MemoryStream();
        var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true);
        zlib.Write(data);
        if (finish)
        {
            zlib.Dispose();
        }
        else
        {
            zlib.Flush();
        }

        return compressed.ToArray();
    }

    private static TelnetHarness Started()
    {
        var harness = new TelnetHarness(s_policy);
        harness.Codec.Start();
        harness.TakeOutput();
        return harness;
    }
}
