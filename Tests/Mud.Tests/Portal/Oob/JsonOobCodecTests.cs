using System.Buffers;
using System.Text;
using Mud.Oob;
using Mud.Portal.Oob.Json;
using Mud.Portal.WebSocket;
using Mud.Sessions;

namespace Mud.Tests.Portal.Oob;

[Trait("Category", "Unit")]
public sealed class JsonOobCodecTests
{
    [Fact]
    public void Decode_TheFullForm_GivesNameArgumentsAndKeywords()
    {
        var message = Decode("[\"Mud.Repeat\", [\"x\", 2, false], {\"package\": \"Char.Vitals\", \"seconds\": 5}]");

        Assert.Equal("Mud.Repeat", message.Name);
        Assert.Equal(new OobValue[] { OobValue.Of("x"), OobValue.Of(2), OobValue.Of(false) }, message.Args);
        Assert.Equal(OobValue.Of(5), message.Kwarg("seconds"));
    }

    [Fact]
    public void Decode_TheNameAlone_IsEnough()
    {
        var message = Decode(" [\"look\"] ");

        Assert.Equal("look", message.Name);
        Assert.Empty(message.Args);
    }

    [Theory]
    [InlineData("not json", "Not valid JSON")]
    [InlineData("{\"name\":\"text\"}", "Expected [")]
    [InlineData("[]", "Expected [")]
    [InlineData("[\"a\", [], {}, 4]", "Expected [")]
    [InlineData("[5, [], {}]", "message name")]
    [InlineData("[\"\", [], {}]", "message name")]
    [InlineData("[\"text\", \"look\", {}]", "array of arguments")]
    [InlineData("[\"text\", [], []]", "object of keyword")]
    [InlineData("[\"text\"] [\"again\"]", "one JSON value")]
    [InlineData("[\"text\", [\"\\udc00\"], {}]", "Not valid JSON")]
    [InlineData("[\"text\", [], {\"a\": \"\\ud800\"}]", "Not valid JSON")]
    [InlineData("[\"\\ud800\", [], {}]", "Not valid JSON")]
    public void Decode_Malformed_IsRefusedWithAReasonForTheClient(string json, string reason)
    {
        Assert.False(JsonOobCodec.TryDecode(Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_AStringOfInvalidUtf8_IsRefused_NotThrown()
    {
        byte[] json = [.. "[\"text\", [\""u8, 0xC0, 0xAF, .. "\"]]"u8];

        Assert.False(JsonOobCodec.TryDecode(json, out _, out var error));
        Assert.Contains("Not valid JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_WritesAllThreeParts_AndEscapesHtmlSensitiveCharacters()
    {
        var message = new OobMessage("text", [OobValue.Of("<b>\"hi\" & bye</b>")], [new OobField("markup", OobValue.Of("|rhi|n"))]);

        Assert.Equal("[\"text\",[\"\\u003Cb\\u003E\\u0022hi\\u0022 \\u0026 bye\\u003C/b\\u003E\"],{\"markup\":\"|rhi|n\"}]", Encode(message));
    }

    [Fact]
    public void EncodeThenDecode_GivesTheSameMessage()
    {
        var message = new OobMessage(
            "Room.Info",
            [OobValue.List(OobValue.Of(1.5), OobValue.Of(true))],
            [new OobField("exits", OobValue.Table(new OobField("n", OobValue.Of(2)))), new OobField("name", OobValue.Of("Zoë's"))]);

        Assert.Equal(message, Decode(Encode(message)));
    }

    [Fact]
    public void Text_GoesAsPlainTextWithTheMarkupAlongside_WithoutControlCharacters()
    {
        var message = JsonRendering.ToMessage(new TextOutput("|rDanger|n\u001b[2J!\nNext"))!;

        Assert.Equal("text", message.Name);
        Assert.Equal("Danger[2J!\nNext", message.Args[0].AsText());
        Assert.Equal("|rDanger|n\u001b[2J!\nNext", message.Kwarg("markup")!.AsText());
    }

    [Fact]
    public void OobForTelnetProtocols_IsNotSentOnTheWebSocket()
    {
        Assert.Null(JsonRendering.ToMessage(new OobOutput(OobProtocol.Msdp, OobMessage.Of("HEALTH", OobValue.Of(1)))));
        Assert.NotNull(JsonRendering.ToMessage(new OobOutput(OobProtocol.Json, OobMessage.Of("Core.Ping"))));
    }

    private static OobMessage Decode(string json)
    {
        Assert.True(JsonOobCodec.TryDecode(Encoding.UTF8.GetBytes(json), out var message, out var error), error);
        return message!;
    }

    private static string Encode(OobMessage message)
    {
        var output = new ArrayBufferWriter<byte>();
        JsonOobCodec.Encode(message, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
