using System.Buffers;
using System.Text;
using Mud.Oob;
using Mud.Portal.Oob;
using Mud.Portal.Oob.Msdp;
using Mud.Portal.Telnet;
using Mud.Sessions;
using Mud.Tests.Portal.Telnet;

namespace Mud.Tests.Portal.Oob;

[Trait("Category", "Unit")]
public sealed class MsdpCodecTests
{
    private const byte Var = 1, Val = 2, TableOpen = 3, TableClose = 4, ArrayOpen = 5, ArrayClose = 6;

    [Fact]
    public void Decode_OneVarWithSeveralVals_IsOneMessageWithSeveralArguments()
    {
        var messages = Decode(Bytes(Var, "REPORT", Val, "HEALTH", Val, "MANA"));

        var report = Assert.Single(messages);
        Assert.Equal("REPORT", report.Name);
        Assert.Equal(new[] { "HEALTH", "MANA" }, report.Args.Select(a => a.AsText()));
    }

    [Fact]
    public void Decode_SeveralVars_AreSeveralMessages_AndAVarWithoutValHasAnEmptyValue()
    {
        var messages = Decode(Bytes(Var, "CLIENT_NAME", Val, "TINTIN++", Var, "CLIENT_VERSION", Val, "2.02.20", Var, "PLUGIN_ID"));

        Assert.Equal(new[] { "CLIENT_NAME", "CLIENT_VERSION", "PLUGIN_ID" }, messages.Select(m => m.Name));
        Assert.Equal("2.02.20", messages[1].Args[0].AsText());
        Assert.Equal("", messages[2].Args[0].AsText());
    }

    [Fact]
    public void Decode_NestedTablesAndArrays_KeepTheirShape()
    {
        // ROOM { VNUM 7, EXITS { n 8, s 6 }, TAGS [ inside, quiet, [ deep ] ] }
        var payload = Bytes(
            Var, "ROOM", Val, TableOpen,
                Var, "VNUM", Val, "7",
                Var, "EXITS", Val, TableOpen, Var, "n", Val, "8", Var, "s", Val, "6", TableClose,
                Var, "TAGS", Val, ArrayOpen, Val, "inside", Val, "quiet", Val, ArrayOpen, Val, "deep", ArrayClose, ArrayClose,
            TableClose);

        var room = (OobTable)Assert.Single(Decode(payload)).Args[0];

        Assert.Equal("7", room["VNUM"]!.AsText());
        var exits = (OobTable)room["EXITS"]!;
        Assert.Equal(new[] { "n", "s" }, exits.Fields.Select(f => f.Name));
        Assert.Equal("8", exits["n"]!.AsText());
        var tags = (OobList)room["TAGS"]!;
        Assert.Equal("inside", tags.Items[0].AsText());
        Assert.Equal("deep", ((OobList)tags.Items[2]).Items[0].AsText());
    }

    [Fact]
    public void Decode_IacInsideAValue_ComesThroughTheTelnetLayerAsOneByte_AndStaysInItsValue()
    {
        var telnet = new TelnetHarness(TelnetOob.Policy);
        telnet.Codec.Start();
        telnet.Receive(255, 253, 69);

        // IAC SB MSDP VAR "CLIENT_NAME" VAL "a" IAC IAC "b" IAC SE: the doubled IAC is data, not the end of the SB.
        telnet.Receive([255, 250, 69, .. Bytes(Var, "CLIENT_NAME", Val, "a"), 255, 255, (byte)'b', 255, 240]);

        var (option, payload) = Assert.Single(telnet.Events.Subnegotiations);
        Assert.Equal(TelnetOption.Msdp, option);
        var message = Assert.Single(Decode(payload));
        Assert.Equal("CLIENT_NAME", message.Name);

        // 0xFF is not UTF-8: it reads as the replacement character, in place, and nothing after it is lost.
        Assert.Equal("a\uFFFDb", message.Args[0].AsText());
    }

    [Theory]
    [InlineData("text before the first VAR", new byte[] { (byte)'x', Var, (byte)'A', Val, (byte)'1' })]
    [InlineData("a VAR without a name", new byte[] { Var, Val, (byte)'1' })]
    [InlineData("an unclosed table", new byte[] { Var, (byte)'A', Val, TableOpen, Var, (byte)'B', Val, (byte)'1' })]
    [InlineData("an unclosed array", new byte[] { Var, (byte)'A', Val, ArrayOpen, Val, (byte)'1' })]
    [InlineData("a close without an open", new byte[] { Var, (byte)'A', Val, (byte)'1', TableClose })]
    [InlineData("a VAL in a table without a VAR", new byte[] { Var, (byte)'A', Val, TableOpen, Val, (byte)'1', TableClose })]
    [InlineData("a VAR in an array", new byte[] { Var, (byte)'A', Val, ArrayOpen, Var, (byte)'B', ArrayClose })]
    [InlineData("a NUL byte", new byte[] { Var, (byte)'A', Val, (byte)'1', 0, (byte)'2' })]
    public void Decode_Malformed_IsRefusedWithAReason(string what, byte[] payload)
    {
        Assert.False(MsdpCodec.TryDecode(payload, out var messages, out var error), what);
        Assert.Empty(messages);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Decode_NestingPastTheLimit_IsRefused_AtTheLimitIsRead()
    {
        // VAR A VAL [ VAL [ VAL [ ... ] ] ]: each array holds the next as its one value.
        static byte[] Nested(int depth) =>
            [Var, (byte)'A', Val, .. Enumerable.Range(0, depth).SelectMany(i => i < depth - 1 ? new[] { ArrayOpen, Val } : [ArrayOpen]), .. Enumerable.Repeat(ArrayClose, depth)];

        Assert.True(MsdpCodec.TryDecode(Nested(MsdpCodec.MaxDepth), out _, out _));
        Assert.False(MsdpCodec.TryDecode(Nested(MsdpCodec.MaxDepth + 1), out _, out var error));
        Assert.Contains("nested", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_AVariable_IsVarNameValValue()
    {
        Assert.Equal(Bytes(Var, "HEALTH", Val, "95"), Encode(OobMessage.Of("HEALTH", OobValue.Of(95))));
    }

    [Fact]
    public void Encode_TablesAndArrays_UseTheirMarkers()
    {
        var room = OobMessage.Of("ROOM", OobValue.Table(
            new OobField("VNUM", OobValue.Of(7)),
            new OobField("EXITS", OobValue.Table(new OobField("n", OobValue.Of(8)))),
            new OobField("FLAGS", OobValue.List(OobValue.Of("quiet"), OobValue.Of(true)))));

        Assert.Equal(
            Bytes(Var, "ROOM", Val, TableOpen,
                Var, "VNUM", Val, "7",
                Var, "EXITS", Val, TableOpen, Var, "n", Val, "8", TableClose,
                Var, "FLAGS", Val, ArrayOpen, Val, "quiet", Val, "1", ArrayClose,
                TableClose),
            Encode(room));
    }

    [Fact]
    public void Encode_StructureBytesAndTerminalEscapes_InText_AreDropped()
    {
        var bytes = Encode(OobMessage.Of("NOTE", OobValue.Of("a\u0001b\u0002c\u001b[31md\u0007é")));

        Assert.Equal(Bytes(Var, "NOTE", Val, "abc[31mdé"), bytes);
    }

    [Fact]
    public void EncodeThenDecode_GivesTheSameMessage()
    {
        var message = OobMessage.Of("ROOM", OobValue.Table(
            new OobField("NAME", OobValue.Of("Hobb's Bakery — ÿ")),
            new OobField("EXITS", OobValue.Table(new OobField("s", OobValue.Of("3")))),
            new OobField("LIST", OobValue.List(OobValue.Of("a"), OobValue.List(OobValue.Of("b"))))));

        Assert.Equal(message, Assert.Single(Decode(Encode(message))));
    }

    [Fact]
    public void TelnetFraming_OfAnMsdpValue_IsOneSubnegotiation_WithAnyIacDoubled()
    {
        var telnet = new TelnetHarness(TelnetOob.Policy);
        telnet.Codec.Start();
        telnet.Receive(255, 253, 69);
        telnet.TakeOutput();
        var output = new ArrayBufferWriter<byte>();
        var scratch = new PooledBufferWriter();

        TelnetOob.Write(new OobOutput(OobProtocol.Msdp, OobMessage.Of("HEALTH", OobValue.Of(7))), telnet.Codec, output, scratch);
        TelnetWriter.WriteSubnegotiation(output, TelnetOption.Msdp, [Var, 0xFF, Val, 0xFF]);

        byte[] expected = [255, 250, 69, .. Bytes(Var, "HEALTH", Val, "7"), 255, 240, 255, 250, 69, Var, 255, 255, Val, 255, 255, 255, 240];
        Assert.Equal(expected, output.WrittenSpan.ToArray());
        Assert.Equal(0, scratch.Capacity);
    }

    [Fact]
    public void TelnetFraming_IsDropped_WhenTheClientRefusedMsdp()
    {
        var telnet = new TelnetHarness(TelnetOob.Policy);
        telnet.Codec.Start();
        telnet.Receive(255, 254, 69);
        var output = new ArrayBufferWriter<byte>();

        TelnetOob.Write(new OobOutput(OobProtocol.Msdp, OobMessage.Of("HEALTH", OobValue.Of(7))), telnet.Codec, output, new PooledBufferWriter());

        Assert.Equal(0, output.WrittenCount);
    }

    private static List<OobMessage> Decode(byte[] payload)
    {
        Assert.True(MsdpCodec.TryDecode(payload, out var messages, out var error), error);
        return messages;
    }

    private static byte[] Encode(OobMessage message)
    {
        var output = new ArrayBufferWriter<byte>();
        MsdpCodec.Encode(message, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Marker bytes and UTF-8 strings, in order.</summary>
    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p is byte b ? [b] : Encoding.UTF8.GetBytes((string)p))];
}
