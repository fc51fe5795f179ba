using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Mud.Oob;

namespace Mud.Portal.Oob.Json;

/// <summary>JSON values to and from <see cref="OobValue"/>, shared by GMCP bodies and the WebSocket's JSON messages.</summary>
public static class OobJson
{
    /// <summary>Deeper JSON than this is refused by the parser.</summary>
    public const int MaxDepth = 32;

    public static JsonDocumentOptions ReadOptions { get; } = new() { MaxDepth = MaxDepth };

    /// <summary>
    /// Keeps non-ASCII text as UTF-8 but escapes quotes, backslashes, control characters and the HTML-sensitive
    /// <c>&lt; &gt; &amp; '</c>, so a value is safe even in a web page that mishandles it.
    /// </summary>
    public static JsonWriterOptions WriteOptions { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), MaxDepth = MaxDepth + 2 };

    /// <summary>
    /// For GMCP, which no browser sees: UTF-8 text as it is and only what JSON itself requires escaped (quotes,
    /// backslashes, control characters), as telnet clients' own JSON writers do.
    /// </summary>
    public static JsonWriterOptions GmcpWriteOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = MaxDepth + 2 };

    /// <summary>JSON null reads as empty text: the model has no null, and no message here needs one.</summary>
    public static OobValue Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => OobValue.Of(element.GetString() ?? ""),
        JsonValueKind.Number => OobValue.Of(element.GetDouble()),
        JsonValueKind.True => OobValue.Of(true),
        JsonValueKind.False => OobValue.Of(false),
        JsonValueKind.Array => new OobList([.. element.EnumerateArray().Select(Read)]),
        JsonValueKind.Object => new OobTable([.. element.EnumerateObject().Select(p => new OobField(p.Name, Read(p.Value)))]),
        _ => OobValue.Of(""),
    };

    public static void Write(Utf8JsonWriter writer, OobValue value)
    {
        switch (value)
        {
            case OobText text:
                writer.WriteStringValue(text.Value);
                break;
            case OobNumber { Value: var number }:
                // JSON has no NaN or infinity; a value that is not a number is sent as none.
                if (double.IsFinite(number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case OobBool flag:
                writer.WriteBooleanValue(flag.Value);
                break;
            case OobList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case OobTable table:
                WriteObject(writer, table.Fields);
                break;
        }
    }

    public static void WriteObject(Utf8JsonWriter writer, IEnumerable<OobField> fields)
    {
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.Name);
            Write(writer, field.Value);
        }

        writer.WriteEndObject();
    }
}
