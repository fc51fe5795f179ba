using System.Text;
using Mud.Bench.Telnet;

namespace Mud.Tests.Bench;

[Trait("Category", "Unit")]
public sealed class TelnetLineReaderTests
{
    private readonly Recorder _sink = new();

    [Fact]
    public void Lines_SplitAcrossReads_ArriveWhole_WithoutCrLf()
    {
        var reader = new TelnetLineReader(_sink);

        reader.Receive("hel"u8);
        reader.Receive("lo\r"u8);
        reader.Receive("\nworld\r\n\r\n"u8);

        Assert.Equal(["hello", "world", ""], _sink.Lines);
    }

    [Fact]
    public void AnsiColour_IsRemoved()
    {
        var reader = new TelnetLineReader(_sink);

        reader.Receive("\u001b[1;31mred\u001b[0m and \u001b[38;5;208mamber\u001b[0m\r\n"u8);

        Assert.Equal(["red and amber"], _sink.Lines);
    }

    [Fact]
    public void Negotiations_AreReported_AndNotPartOfTheText()
    {
        var reader = new TelnetLineReader(_sink);

        reader.Receive([255, 251, 3, (byte)'a', 255, 253]);
        reader.Receive([24, (byte)'b', 255, 249, (byte)'\n']);

        Assert.Equal(["ab"], _sink.Lines);
        Assert.Equal([(TelnetBytes.Will, (byte)3), (TelnetBytes.Do, (byte)24)], _sink.Negotiations);
    }

    [Fact]
    public void Subnegotiation_WithADoubledIac_IsDeliveredUnescaped_EvenWhenSplit()
    {
        var reader = new TelnetLineReader(_sink);

        reader.Receive([255, 250, 69, 1, (byte)'H', 255]);
        reader.Receive([255, 2, 255, 240, (byte)'x', (byte)'\n']);

        var (option, payload) = Assert.Single(_sink.Subnegotiations);
        Assert.Equal(TelnetBytes.Msdp, option);
        Assert.Equal([1, (byte)'H', 255, 2], payload);
        Assert.Equal(["x"], _sink.Lines);
    }

    [Fact]
    public void ALineLongerThanTheLimit_IsCut()
    {
        var reader = new TelnetLineReader(_sink, maxLineBytes: 4);

        reader.Receive("abcdefgh\nij\n"u8);

        Assert.Equal(["abcd", "ij"], _sink.Lines);
    }

    [Fact]
    public void ALongLine_WithinTheLimit_ArrivesWhole()
    {
        var reader = new TelnetLineReader(_sink);
        var line = new string('x', 5000);

        reader.Receive(Encoding.UTF8.GetBytes(line + "\r\n"));

        Assert.Equal([line], _sink.Lines);
    }

    [Fact]
    public void TheStartOfMccp2_StopsTheReaderRightAfterIt_LeavingTheCompressedBytesToTheCaller()
    {
        var reader = new TelnetLineReader(_sink);
        byte[] data = [.. "before\r\n"u8, 255, 250, 86, 255, 240, 0x78, 0x9C, 0x0A];

        var read = reader.Receive(data);

        Assert.Equal(data.Length - 3, read);
        Assert.True(reader.CompressionStarted);
        Assert.Equal(["before"], _sink.Lines);
        Assert.Equal((86, Array.Empty<byte>()), Assert.Single(_sink.Subnegotiations));
    }

    [Fact]
    public void AStreamWithoutMccp2_IsReadWhole()
    {
        var reader = new TelnetLineReader(_sink);
        byte[] data = [.. "plain\r\n"u8, 255, 250, 69, 1, 65, 255, 240, .. "more"u8];

        Assert.Equal(data.Length, reader.Receive(data));
        Assert.False(reader.CompressionStarted);
    }

    private sealed class Recorder : ITelnetLineSink
    {
        public List<string> Lines { get; } = [];

        public List<(byte, byte)> Negotiations { get; } = [];

        public List<(byte, byte[])> Subnegotiations { get; } = [];

        public void Line(ReadOnlySpan<byte> line) => Lines.Add(Encoding.UTF8.GetString(line));

        public void Negotiation(byte command, byte option) => Negotiations.Add((command, option));

        public void Subnegotiation(byte option, ReadOnlySpan<byte> payload) => Subnegotiations.Add((option, payload.ToArray()));
    }
}
