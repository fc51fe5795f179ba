using System.Buffers;
using Mud.Portal.Telnet;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class TelnetWriterTests
{
    [Fact]
    public void WriteSubnegotiation_DoublesIacInThePayloadOnly()
    {
        var output = new ArrayBufferWriter<byte>();

        TelnetWriter.WriteSubnegotiation(output, Gmcp, [1, 255, 2, 255]);

        Assert.Equal([Iac, Sb, Gmcp, 1, 255, 255, 2, 255, 255, Iac, Se], output.WrittenSpan.ToArray());
    }

    [Fact]
    public void WriteSubnegotiation_EmptyPayload_IsJustTheFrame()
    {
        var output = new ArrayBufferWriter<byte>();

        TelnetWriter.WriteSubnegotiation(output, Gmcp, []);

        Assert.Equal([Iac, Sb, Gmcp, Iac, Se], output.WrittenSpan.ToArray());
    }

    [Fact]
    public void WriteEscaped_DoublesEveryIac()
    {
        var output = new ArrayBufferWriter<byte>();

        TelnetWriter.WriteEscaped(output, [255, 255, 0, 255]);

        Assert.Equal([255, 255, 255, 255, 0, 255, 255], output.WrittenSpan.ToArray());
    }

    [Fact]
    public void WriteNegotiationAndCommand_WriteTheExactBytes()
    {
        var output = new ArrayBufferWriter<byte>();

        TelnetWriter.WriteNegotiation(output, Will, Gmcp);
        TelnetWriter.WriteCommand(output, Ga);

        Assert.Equal([0xFF, 0xFB, 0xC9, 0xFF, 0xF9], output.WrittenSpan.ToArray());
    }

    [Fact]
    public void WriteText_NewLinesBecomeCrLf()
    {
        Assert.Equal("one\r\ntwo\r\nthree\r\n"u8.ToArray(), Text("one\ntwo\r\nthree\n"));
    }

    [Fact]
    public void WriteText_ControlCharactersAreRemoved()
    {
        Assert.Equal("a[31mb c\u00e9d"u8.ToArray(), Text("a\x1b[31mb\tc\u0007\u009b\u00e9\u007fd"));
    }

    [Fact]
    public void WriteText_Utf8NeverContainsAByte255()
    {
        byte[] bytes = Text("\u00ff\uffff\U0010FFFF");

        Assert.DoesNotContain((byte)255, bytes);
        Assert.Equal("\u00ff\uffff\U0010FFFF"u8.ToArray(), bytes);
    }

    [Fact]
    public void WriteText_LoneSurrogate_BecomesAReplacementCharacter()
    {
        Assert.Equal("a\uFFFDb"u8.ToArray(), Text("a\uD800b"));
    }

    [Fact]
    public void WriteText_Latin1_KeepsLatin1AndReplacesEachOtherCharacterWithOneQuestionMark()
    {
        Assert.Equal([.. "caf"u8, 0xE9, .. " ? ? ok"u8], Text("caf\u00e9 \U0001F600 \u20ac ok", TelnetCharset.Latin1));
    }

    [Fact]
    public void WriteText_Latin1_DoublesTheByte255OfYDiaeresis()
    {
        Assert.Equal([(byte)'a', 0xFF, 0xFF, (byte)'b'], Text("a\u00ffb", TelnetCharset.Latin1));
    }

    [Fact]
    public void WriteText_LongText_IsWrittenWhole()
    {
        string text = string.Concat(Enumerable.Repeat("\u20ac\U0001F600x", 5000));

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), Text(text));
        Assert.Equal(15000, Text(text, TelnetCharset.Latin1).Length);
        Assert.Equal(20000, Text(new string('\u00ff', 10000), TelnetCharset.Latin1).Length);
    }

    private static byte[] Text(string text, TelnetCharset charset = TelnetCharset.Utf8)
    {
        var output = new ArrayBufferWriter<byte>();
        TelnetWriter.WriteText(output, text, charset);
        return output.WrittenSpan.ToArray();
    }
}
