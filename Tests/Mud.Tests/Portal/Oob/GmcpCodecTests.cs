using System.Buffers;
using System.Text;
using Mud.Oob;
using Mud.Portal.Oob.Gmcp;

namespace Mud.Tests.Portal.Oob;

[Trait("Category", "Unit")]
public sealed class GmcpCodecTests
{
    [Fact]
    public void Decode_APackageWithNoPayload_HasNoArguments()
    {
        var ping = Decode("Core.Ping");

        Assert.Equal("Core.Ping", ping.Name);
        Assert.Empty(ping.Args);
        Assert.Empty(ping.Kwargs);
    }

    [Fact]
    public void Decode_AnObject_IsTheKeywordArguments()
    {
        var hello = Decode("Core.Hello { \"client\": \"Mudlet\", \"version\": \"4.19.1\" }");

        Assert.Equal("Mudlet", hello.Kwarg("client")!.AsText());
        Assert.Equal("4.19.1", hello.Kwarg("version")!.AsText());
    }

    [Fact]
    public void Decode_AnArray_IsTheArguments()
    {
        var supports = Decode("Core.Supports.Set [ \"Char 1\", \"Char.Skills 1\", \"Room 1\" ]");

        Assert.Equal(new[] { "Char 1", "Char.Skills 1", "Room 1" }, supports.Args.Select(a => a.AsText()));
    }

    [Fact]
    public void Decode_AScalar_IsTheOneArgument_AndNumbersStayNumbers()
    {
        Assert.Equal(OobValue.Of(123.5), Assert.Single(Decode("Core.Ping 123.5").Args));
        Assert.Equal(OobValue.Of("bye"), Assert.Single(Decode("Core.Goodbye \"bye\"").Args));
    }

    [Fact]
    public void Decode_EscapedCharacters_AreUnescaped()
    {
        var message = Decode("Comm.Channel.Text {\"text\":\"She said \\\"hi\\\" \\\\ \\u00e9\\u263A \\ud83d\\ude00\\nbye\",\"talker\":\"Zo\\u00eb\"}");

        Assert.Equal("She said \"hi\" \\ é☺ 😀\nbye", message.Kwarg("text")!.AsText());
        Assert.Equal("Zoë", message.Kwarg("talker")!.AsText());
    }

    [Fact]
    public void Decode_NameAndBody_MayBeSeparatedByANewline_AndNestedValuesKeepTheirShape()
    {
        var message = Decode("Room.Info\n{\"num\":5,\"exits\":{\"n\":6},\"details\":[\"shop\",true]}");

        Assert.Equal("Room.Info", message.Name);
        Assert.Equal(OobValue.Of(6), ((OobTable)message.Kwarg("exits")!)["n"]);
        Assert.Equal(OobValue.List(OobValue.Of("shop"), OobValue.Of(true)), message.Kwarg("details"));
    }

    [Theory]
    [InlineData("", "no package name")]
    [InlineData(" {\"a\":1}", "no package name")]
    [InlineData("Core.Hello {\"client\":", "not JSON")]
    [InlineData("Core.Hello {\"a\":1} trailing", "after the JSON")]
    [InlineData("Core.Hello {'single':'quotes'}", "not JSON")]
    [InlineData("Core.Hello [\"\\udc00\"]", "not JSON")]
    [InlineData("Core\u0098Hello", "a bad package name")]
    [InlineData("\u0085", "a bad package name")]
    [InlineData("Core.Hello {\"client\": \"\\ud800\"}", "not JSON")]
    public void Decode_Malformed_IsRefusedWithAReason(string payload, string reason)
    {
        Assert.False(GmcpCodec.TryDecode(Encoding.UTF8.GetBytes(payload), out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ABodyWithInvalidUtf8InAString_IsRefused_NotThrown()
    {
        byte[] payload = [.. "Core.Hello [\""u8, 0xC0, 0xAF, .. "\"]"u8];

        Assert.False(GmcpCodec.TryDecode(payload, out _, out var error));
        Assert.Contains("not JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NestingPastTheLimit_IsRefused()
    {
        var deep = "Core.Hello " + new string('[', 40) + new string(']', 40);

        Assert.False(GmcpCodec.TryDecode(Encoding.UTF8.GetBytes(deep), out _, out _));
    }

    [Fact]
    public void Encode_KeywordArguments_AreAnObject()
    {
        var vitals = OobMessage.WithKwargs("Char.Vitals", new OobField("hp", OobValue.Of(95)), new OobField("maxhp", OobValue.Of(100)), new OobField("string", OobValue.Of("H:95/100")));

        Assert.Equal("Char.Vitals {\"hp\":95,\"maxhp\":100,\"string\":\"H:95/100\"}", Encode(vitals));
    }

    [Fact]
    public void Encode_NoArguments_IsTheNameAlone()
    {
        Assert.Equal("Core.Ping", Encode(OobMessage.Of("Core.Ping")));
    }

    [Fact]
    public void Encode_EscapesQuotesBackslashesAndControlCharacters_AndKeepsUnicode()
    {
        var text = OobMessage.WithKwargs("Comm.Channel.Text", new OobField("text", OobValue.Of("say \"hi\" \\ \u001b[31m\n\u00e9 😀")));

        // Characters beyond the BMP are escaped as surrogate pairs by every .NET JSON encoder; still valid JSON.
        Assert.Equal("Comm.Channel.Text {\"text\":\"say \\\"hi\\\" \\\\ \\u001B[31m\\n\u00e9 \\uD83D\\uDE00\"}", Encode(text));
    }

    [Fact]
    public void EncodeThenDecode_GivesTheSameMessage()
    {
        var info = OobMessage.WithKwargs(
            "Room.Info",
            new OobField("num", OobValue.Of(12345)),
            new OobField("name", OobValue.Of("On a \"hill\"")),
            new OobField("exits", OobValue.Table(new OobField("n", OobValue.Of(12344)), new OobField("se", OobValue.Of(12336)))));

        Assert.Equal(info, Decode(Encode(info)));
    }

    private static OobMessage Decode(string payload)
    {
        Assert.True(GmcpCodec.TryDecode(Encoding.UTF8.GetBytes(payload), out var message, out var error), error);
        return message!;
    }

    private static string Encode(OobMessage message)
    {
        var output = new ArrayBufferWriter<byte>();
        GmcpCodec.Encode(message, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
