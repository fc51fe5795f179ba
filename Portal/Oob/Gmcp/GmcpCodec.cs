using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Mud.Oob;
using Mud.Portal.Oob.Json;

namespace Mud.Portal.Oob.Gmcp;

/// <summary>
/// GMCP (telnet option 201) payloads, <c>Package.Message [JSON]</c>, to and from <see cref="OobMessage"/>:
/// a JSON object body is the keyword arguments, an array body the arguments, any other value the one
/// argument, and no body none. Works on subnegotiation payloads with telnet escaping already undone.
/// </summary>
public static class GmcpCodec
{
    /// <summary>Longer package names than this are refused.</summary>
    public const int MaxNameLength = 128;

    /// <summary>Reads one payload. False, with the reason, for a missing or bad name or a body that is not JSON.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> payload, out OobMessage? message, out string? error)
    {
        message = null;

        // The name ends at the first space; some servers and clients use a newline instead (Mudlet accepts both).
        var end = payload.IndexOfAny((byte)' ', (byte)'\n', (byte)'\r');
        var nameBytes = end < 0 ? payload : payload[..end];
        var body = end < 0 ? [] : payload[(end + 1)..].Trim(" \r\n\t"u8);
        if (nameBytes.IsEmpty || nameBytes.Length > MaxNameLength || nameBytes.ContainsAnyInRange((byte)0, (byte)' ') || nameBytes.Contains((byte)0x7F))
        {
            error = nameBytes.IsEmpty ? "no package name" : "a bad package name";
            return false;
        }

        string name;
        try
        {
            name = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(nameBytes);
        }
        catch (DecoderFallbackException)
        {
            error = "a package name that is not UTF-8";
            return false;
        }

        if (name.Any(char.IsControl))
        {
            // C1 controls (U+0080..U+009F) pass the byte check above; the encoder would drop them, so refuse them here.
            error = "a bad package name";
            return false;
        }

        if (body.IsEmpty)
        {
            message = new OobMessage(name, [], []);
            error = null;
            return true;
        }

        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = OobJson.MaxDepth });
            using var document = JsonDocument.ParseValue(ref reader);
            if (reader.BytesConsumed != body.Length)
            {
                error = "text after the JSON body";
                return false;
            }

            message = FromBody(name, document.RootElement);
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            error = "a body that is not JSON: " + e.Message;
            return false;
        }
        catch (InvalidOperationException)
        {
            // Thrown when a string is read, not when the document is parsed: invalid UTF-8, or an escaped lone surrogate.
            error = "a body that is not JSON: a string that is not valid Unicode";
            return false;
        }
    }

    /// <summary>
    /// Writes <c>Name</c>, then a space and the body: the keyword arguments as an object if there are any,
    /// else one argument as itself, several as an array. No arguments at all means no body.
    /// </summary>
    public static void Encode(OobMessage message, IBufferWriter<byte> output)
    {
        var name = Encoding.UTF8.GetBytes(message.Name.Where(c => !char.IsControl(c) && c != ' ').ToArray());
        output.Write(name);
        var hasKwargs = !message.Kwargs.IsDefaultOrEmpty;
        var args = message.Args.IsDefault ? [] : message.Args;
        if (!hasKwargs && args.IsEmpty)
        {
            return;
        }

        output.Write(" "u8);
        using var writer = new Utf8JsonWriter(output, OobJson.GmcpWriteOptions);
        if (hasKwargs)
        {
            OobJson.WriteObject(writer, message.Kwargs);
        }
        else if (args.Length == 1)
        {
            OobJson.Write(writer, args[0]);
        }
        else
        {
            OobJson.Write(writer, new OobList(args));
        }
    }

    private static OobMessage FromBody(string name, JsonElement body) => body.ValueKind switch
    {
        JsonValueKind.Object => new OobMessage(name, [], [.. body.EnumerateObject().Select(p => new OobField(p.Name, OobJson.Read(p.Value)))]),
        JsonValueKind.Array => new OobMessage(name, [.. body.EnumerateArray().Select(OobJson.Read)], []),
        JsonValueKind.Null => new OobMessage(name, [], []),
        _ => new OobMessage(name, ImmutableArray.Create(OobJson.Read(body)), []),
    };
}
