using System.Buffers;
using System.IO.Compression;
using Mud.Portal.Telnet;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class CompressionTests
{
    private static readonly byte[] s_marker = [Iac, Sb, Mccp2, Iac, Se];
    private static readonly byte[] s_syncFlushTrailer = [0x00, 0x00, 0xFF, 0xFF];
    private static readonly TelnetPolicy s_policy = TelnetPolicy.Default with
    {
        OfferLocal = [.. TelnetPolicy.Default.OfferLocal, Mccp2],
    };

    [Fact]
    public void Start_OffersCompress2()
    {
        var (codec, output) = Create();

        codec.Start();

        Assert.Contains(Convert.ToHexString([Iac, Will, Mccp2]), Convert.ToHexString(Drain(output)), StringComparison.Ordinal);
    }

    [Fact]
    public void DoCompress2_SendsTheMarker_ThenEverythingIsOneZlibStream_FlushedAtEachDrain()
    {
        var (codec, output) = Started();

        codec.Receive([Iac, Do, Mccp2]);
        TelnetWriter.WriteText(output, "hello\n");
        byte[] first = Drain(output);
        TelnetWriter.WriteText(output, "world\n");
        codec.WritePromptEnd();
        byte[] second = Drain(output);

        // The marker and the first compressed bytes leave in the same send; each send ends in a sync flush.
        Assert.Equal(s_marker, first[..s_marker.Length]);
        Assert.Equal([0x78], first[s_marker.Length..(s_marker.Length + 1)]);
        Assert.Equal(s_syncFlushTrailer, first[^4..]);
        Assert.Equal(s_syncFlushTrailer, second[^4..]);
        Assert.Equal([.. "hello\r\n"u8, .. "world\r\n"u8, Iac, Ga], Inflate([.. first[s_marker.Length..], .. second]));
    }

    [Fact]
    public void EachDrain_InflatesWhole_SoTheClientSeesOutputAtOnce()
    {
        var (codec, output) = Started();
        codec.Receive([Iac, Do, Mccp2]);
        var received = new List<byte>(Drain(output)[s_marker.Length..]);
        string expected = "";

        foreach (string line in new[] { "one\n", "two\n", "three\n" })
        {
            TelnetWriter.WriteText(output, line);
            received.AddRange(Drain(output));
            expected += line.Replace("\n", "\r\n", StringComparison.Ordinal);

            // What arrived so far inflates to everything written so far: nothing waits in the compressor.
            Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(Inflate([.. received])));
        }
    }

    [Fact]
    public void DontCompress2_EndsTheStream_ThenTheWontAndLaterTextArePlain()
    {
        var (codec, output) = Started();
        codec.Receive([Iac, Do, Mccp2]);
        TelnetWriter.WriteText(output, "packed\n");

        codec.Receive([Iac, Dont, Mccp2]);
        TelnetWriter.WriteText(output, "plain\n");
        byte[] sent = Drain(output);

        byte[] plainTail = [Iac, Wont, Mccp2, .. "plain\r\n"u8];
        Assert.Equal(plainTail, sent[^plainTail.Length..]);
        byte[] compressed = sent[s_marker.Length..^plainTail.Length];
        Assert.Equal("packed\r\n"u8.ToArray(), Inflate(compressed));

        // A finished zlib stream ends with the Adler-32 of its content (a merely flushed one in 00 00 FF FF).
        Assert.Equal(Adler32("packed\r\n"u8), compressed[^4..]);
        Assert.False(output.IsCompressing);
    }

    [Fact]
    public void ClientReplies_SplitAnywhere_StartCompressionAtTheSameByte()
    {
        byte[] stream = [Iac, Do, SuppressGoAhead, Iac, Do, Mccp2, Iac, Will, WindowSize, Iac, Sb, WindowSize, 0, 80, 0, 24, Iac, Se, .. "look\r\n"u8];
        (byte[] expected, List<string> expectedLog) = Run(codec => codec.Receive(stream));

        for (int split = 1; split < stream.Length; split++)
        {
            (byte[] sent, List<string> log) = Run(codec =>
            {
                codec.Receive(stream.AsSpan(0, split));
                codec.Receive(stream.AsSpan(split));
            });
            Assert.True(expected.AsSpan().SequenceEqual(sent), $"split at byte {split} changed what was sent");
            Assert.Equal(expectedLog, log);
        }

        int marker = expected.AsSpan().IndexOf(s_marker);
        Assert.Equal([Iac, Do, WindowSize, .. "after\r\n"u8], Inflate(expected[(marker + s_marker.Length)..]));
    }

    [Fact]
    public void CompressedOutput_MayHoldAnyByte_AndIacInDataIsEscapedBeforeCompressing()
    {
        var (codec, output) = Started();
        codec.Receive([Iac, Do, Mccp2]);

        TelnetWriter.WriteEscaped(output, [1, 255, 2]);
        byte[] sent = Drain(output);

        Assert.Equal([1, 255, 255, 2], Inflate(sent[s_marker.Length..]));
    }

    [Fact]
    public void CompressionLevelZero_NeverCompresses()
    {
        using var output = new TelnetOutputBuffer(compressionLevel: 0);

        output.StartCompression();
        TelnetWriter.WriteText(output, "as is");

        Assert.False(output.IsCompressing);
        Assert.Equal("as is"u8.ToArray(), Drain(output));
    }

    [Fact]
    public void PolicyWithCompress2_WithoutACompressibleOutput_IsRefusedAtConstruction()
    {
        Assert.Throws<ArgumentException>(() => new TelnetCodec(new RecordingTelnetEvents(), new ArrayBufferWriter<byte>(), s_policy));
    }

    private static (byte[] Sent, List<string> Log) Run(Action<TelnetCodec> receive)
    {
        var events = new RecordingTelnetEvents();
        using var output = new TelnetOutputBuffer(compressionLevel: 6);
        var codec = new TelnetCodec(events, output, s_policy);
        codec.Start();
        Drain(output);
        receive(codec);
        TelnetWriter.WriteNegotiation(output, Do, WindowSize);
        TelnetWriter.WriteText(output, "after\n");
        return (Drain(output), events.Log);
    }

    private static (TelnetCodec Codec, TelnetOutputBuffer Output) Create()
    {
        var output = new TelnetOutputBuffer(compressionLevel: 6);
        return (new TelnetCodec(new RecordingTelnetEvents(), output, s_policy), output);
    }

    private static (TelnetCodec Codec, TelnetOutputBuffer Output) Started()
    {
        var (codec, output) = Create();
        codec.Start();
        Drain(output);
        return (codec, output);
    }

    private static byte[] Drain(TelnetOutputBuffer output)
    {
        byte[] rented = output.Drain(out int length);
        byte[] sent = rented[..length];
        ArrayPool<byte>.Shared.Return(rented);
        return sent;
    }

    /// <summary>Inflates a zlib stream the way a client does: as far as the bytes received go.</summary>
    private static byte[] Inflate(byte[] compressed)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var result = new MemoryStream();
        zlib.CopyTo(result);
        return result.ToArray();
    }

    private static byte[] Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        foreach (byte value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }

        uint sum = (b << 16) | a;
        return [(byte)(sum >> 24), (byte)(sum >> 16), (byte)(sum >> 8), (byte)sum];
    }
}
