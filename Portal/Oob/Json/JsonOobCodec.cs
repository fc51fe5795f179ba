using System.Buffers;
using System.Text.Json;
using Mud.Oob;

namespace Mud.Portal.Oob.Json;

/// <summary>
/// The WebSocket endpoint's messages: one JSON text frame, <c>["name", [args], {kwargs}]</c>, per
/// <see cref="OobMessage"/>. The argument list and the keyword object may be left out when empty.
/// </summary>
public static class JsonOobCodec
{
    public const int MaxNameLength = 128;

    /// <summary>Reads one frame. False, with a reason fit to show the client, for anything else.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> utf8, out OobMessage? message, out string? error)
    {
        message = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = OobJson.MaxDepth });
            using var document = JsonDocument.ParseValue(ref reader);
            if (!utf8[(int)reader.BytesConsumed..].Trim(" \r\n\t"u8).IsEmpty)
            {
                error = "Expected one JSON value per message.";
                return false;
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() is 0 or > 3)
            {
                error = "Expected [\"name\", [args], {kwargs}].";
                return false;
            }

            var name = root[0];
            if (name.ValueKind != JsonValueKind.String || name.GetString() is not { Length: > 0 and <= MaxNameLength } text || text.Any(char.IsControl))
            {
                error = "The first element must be the message name: a string of 1 to 128 characters.";
                return false;
            }

            var length = root.GetArrayLength();
            if (length > 1 && root[1].ValueKind != JsonValueKind.Array)
            {
                error = "The second element must be an array of arguments.";
                return false;
            }

            if (length > 2 && root[2].ValueKind != JsonValueKind.Object)
            {
                error = "The third element must be an object of keyword arguments.";
                return false;
            }

            message = new OobMessage(
                text,
                length > 1 ? [.. root[1].EnumerateArray().Select(OobJson.Read)] : [],
                length > 2 ? [.. root[2].EnumerateObject().Select(p => new OobField(p.Name, OobJson.Read(p.Value)))] : []);
            error = null;
            return true;
        }
        catch (JsonException)
        {
            error = "Not valid JSON.";
            return false;
        }
        catch (InvalidOperationException)
        {
            // Thrown when a string is read, not when the document is parsed: invalid UTF-8, or an escaped lone surrogate.
            error = "Not valid JSON: a string that is not valid Unicode.";
            return false;
        }
    }

    public static void Encode(OobMessage message, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, OobJson.WriteOptions);
        writer.WriteStartArray();
        writer.WriteStringValue(message.Name);
        writer.WriteStartArray();
        foreach (var arg in message.Args.IsDefault ? [] : message.Args)
        {
            OobJson.Write(writer, arg);
        }

        writer.WriteEndArray();
        OobJson.WriteObject(writer, message.Kwargs.IsDefault ? [] : message.Kwargs);
        writer.WriteEndArray();
    }
}
