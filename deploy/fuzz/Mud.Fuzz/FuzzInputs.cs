using System.Buffers;
using System.IO.Compression;
using System.Text;
using Mud.Portal.Oob.Msdp;
using Mud.Portal.Telnet;

namespace Mud.Fuzz;

/// <summary>
/// Structured-random inputs for the Portal's decoders, from one seeded <see cref="Random"/>: telnet streams made of
/// text (valid and invalid UTF-8, every kind of line ending, oversized lines), negotiations, commands and
/// subnegotiations (MSDP with nested tables and arrays, GMCP with random JSON, NAWS, TTYPE, CHARSET, oversized
/// ones, unterminated ones, unescaped IACs), MCCP3 compressed input, and bare MSDP, GMCP and JSON payloads.
/// Each kind is malformed now and then, on purpose.
/// </summary>
public sealed class FuzzInputs(Random random)
{
    private const byte Iac = 0xFF;
    private const byte NewEnvironment = 39;
    private static readonly byte[] Options = [1, 3, 24, 25, 31, 34, 39, 42, 69, 70, 85, 86, 87, 90, 91, 93, 200, 201, 0, 255];
    private static readonly byte[] Commands = [240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 239, 250, 251, 252, 253, 254, 255, 0, 1];
    private static readonly string[] MsdpNames = ["REPORT", "UNREPORT", "SEND", "LIST", "RESET", "REPEAT", "HEALTH", "ROOM", "COMMANDS", "REPORTABLE_VARIABLES", "CLIENT_NAME", ""];
    private static readonly string[] GmcpNames =
    [
        "Core.Hello", "Core.Supports.Set", "Core.Supports.Add", "Core.Supports.Remove", "Core.Ping", "Core.KeepAlive",
        "Char.Login.Credentials", "Char.Items.Inv", "MSDP", "Mud.Repeat", "core.supports.set", "", ".", "a..b",
    ];

    public Random Random => random;

    /// <summary>A telnet byte stream as a client might send it in one or more reads.</summary>
    public byte[] TelnetStream()
    {
        var output = new ArrayBufferWriter<byte>(256);
        var pieces = random.Next(1, 9);
        for (var i = 0; i < pieces; i++)
        {
            Piece(output, allowCompression: true);
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>An MSDP subnegotiation payload (unescaped).</summary>
    public byte[] MsdpPayload()
    {
        var output = new ArrayBufferWriter<byte>(64);
        var variables = random.Next(0, 5);
        for (var i = 0; i < variables; i++)
        {
            MsdpVariable(output, DepthBudget());
        }

        return Corrupt(output.WrittenSpan.ToArray());
    }

    /// <summary>A GMCP subnegotiation payload: a package name, maybe a separator, maybe JSON.</summary>
    public byte[] GmcpPayload()
    {
        var text = new StringBuilder(Pick(GmcpNames).Length == 0 || random.Next(4) == 0 ? RandomName() : Pick(GmcpNames));
        switch (random.Next(5))
        {
            case 0:
                break;
            case 1:
                text.Append('\n');
                text.Append(Json(DepthBudget()));
                break;
            default:
                text.Append(' ');
                text.Append(Json(DepthBudget()));
                break;
        }

        return Corrupt(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>A WebSocket JSON message: mostly <c>["name", [args], {kwargs}]</c>, sometimes any JSON at all.</summary>
    public byte[] JsonMessage()
    {
        var json = random.Next(4) == 0
            ? Json(DepthBudget())
            : $"[{JsonString()}, {JsonArray(DepthBudget())}, {JsonObject(DepthBudget())}]";
        return Corrupt(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Cuts <paramref name="input"/> into reads: whole, byte by byte (when short), or at random points.</summary>
    public IEnumerable<ArraySegment<byte>> Reads(byte[] input)
    {
        var mode = random.Next(4);
        if (mode == 1 && input.Length > 4096)
        {
            mode = 2;
        }

        var at = 0;
        while (at < input.Length)
        {
            var length = mode switch
            {
                0 => input.Length - at,
                1 => 1,
                _ => Math.Min(input.Length - at, random.Next(1, 64)),
            };
            yield return new ArraySegment<byte>(input, at, length);
            at += length;
        }
    }

    private void Piece(ArrayBufferWriter<byte> output, bool allowCompression)
    {
        switch (random.Next(100))
        {
            case < 30:
                Text(output);
                break;
            case < 42:
                output.Write<byte>([Iac, (byte)random.Next(251, 255), Pick(Options)]);
                break;
            case < 48:
                output.Write<byte>([Iac, Pick(Commands)]);
                break;
            case < 62:
                Subnegotiation(output, TelnetOption.Msdp, MsdpPayload());
                break;
            case < 76:
                Subnegotiation(output, TelnetOption.Gmcp, GmcpPayload());
                break;
            case < 86:
                OtherSubnegotiation(output);
                break;
            case < 97:
                RandomBytes(output, random.Next(1, 32));
                break;
            case 97:
                // A line longer than any limit, with or without its end.
                Repeat(output, (byte)'a', random.Next(4_000, 20_000));
                output.Write(random.Next(2) == 0 ? "\r\n"u8 : ""u8);
                break;
            case 98:
                // A subnegotiation longer than any limit, escaped 0xFFs included.
                output.Write<byte>([Iac, 250, Pick(Options)]);
                for (var i = random.Next(8_000, 20_000); i > 0; i--)
                {
                    if (random.Next(16) == 0)
                    {
                        output.Write<byte>([Iac, Iac]);
                    }
                    else
                    {
                        output.Write<byte>([(byte)random.Next(256 - 1)]);
                    }
                }

                output.Write<byte>(random.Next(4) == 0 ? ""u8 : [Iac, 240]);
                break;
            default:
                if (allowCompression)
                {
                    Compressed(output);
                }

                break;
        }
    }

    /// <summary>MCCP3: the client's <c>IAC SB COMPRESS3 IAC SE</c>, then a zlib stream (sometimes cut short, ended, or garbage).</summary>
    private void Compressed(ArrayBufferWriter<byte> output)
    {
        output.Write<byte>([Iac, 250, TelnetOption.Mccp3, Iac, 240]);
        var plain = new ArrayBufferWriter<byte>(256);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            Piece(plain, allowCompression: false);
        }

        if (random.Next(8) == 0)
        {
            RandomBytes(output, random.Next(1, 64));
            return;
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(plain.WrittenSpan);
            if (random.Next(2) == 0)
            {
                zlib.Flush();
            }
        }

        var bytes = compressed.ToArray();
        output.Write(random.Next(6) == 0 ? bytes.AsSpan(0, random.Next(bytes.Length)) : bytes);
    }

    private void OtherSubnegotiation(ArrayBufferWriter<byte> output)
    {
        switch (random.Next(6))
        {
            case 0:
                Subnegotiation(output, TelnetOption.WindowSize, RandomBytesArray(random.Next(8) == 0 ? random.Next(0, 9) : 4));
                break;
            case 1:
                Subnegotiation(output, TelnetOption.TerminalType, [(byte)random.Next(3), .. Encoding.ASCII.GetBytes(Pick(["MUDLET", "TINTIN++", "XTERM-256COLOR", "MTTS 271", "MTTS 99999999999", "MTTS -1", "", "ANSI"]))]);
                break;
            case 2:
                Subnegotiation(output, TelnetOption.Charset, [(byte)random.Next(1, 6), .. Encoding.ASCII.GetBytes(Pick(["UTF-8", ";UTF-8", ";ISO-8859-1;UTF-8", "latin1", "", ";"]))]);
                break;
            case 3:
                Subnegotiation(output, NewEnvironment, RandomBytesArray(random.Next(0, 40)));
                break;
            case 4:
                Subnegotiation(output, TelnetOption.Mccp2, RandomBytesArray(random.Next(0, 4)));
                break;
            default:
                Subnegotiation(output, Pick(Options), RandomBytesArray(random.Next(0, 40)));
                break;
        }
    }

    /// <summary><c>IAC SB option payload IAC SE</c>, escaped as it should be, or now and then not, or never ended.</summary>
    private void Subnegotiation(ArrayBufferWriter<byte> output, byte option, byte[] payload)
    {
        output.Write<byte>([Iac, 250, option]);
        var escape = random.Next(20) != 0;
        foreach (var b in payload)
        {
            output.Write<byte>(b == Iac && escape ? [Iac, Iac] : [b]);
        }

        switch (random.Next(20))
        {
            case 0:
                // Never ended: whatever follows lands in the subnegotiation, until a stray IAC ends it.
                break;
            case 1:
                output.Write<byte>([Iac]);
                break;
            default:
                output.Write<byte>([Iac, 240]);
                break;
        }
    }

    private void Text(ArrayBufferWriter<byte> output)
    {
        var length = random.Next(0, 120);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(20))
            {
                case < 12:
                    text.Append((char)random.Next(32, 127));
                    break;
                case 12:
                    text.Append(char.ConvertFromUtf32(random.Next(0xA0, 0xD7FF)));
                    break;
                case 13:
                    text.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x10FFFF)));
                    break;
                case 14:
                    text.Append(Pick(["\u200B", "\u200E", "\u2028", "\u2029", "\uFEFF", "\u202E", "\u00AD", "\u0085"]));
                    break;
                case 15:
                    text.Append((char)random.Next(0, 32));
                    break;
                default:
                    text.Append(Pick(["\b", "\u007F", "\u001B[31m", "|r", "||", "%", "{"]));
                    break;
            }
        }

        output.Write(Encoding.UTF8.GetBytes(text.ToString()));
        if (random.Next(6) == 0)
        {
            // Invalid UTF-8: lone continuations, overlongs, surrogates, bytes that never appear, cut sequences.
            output.Write(Pick<byte[]>([[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80], [0xFE], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFF, 0xFF], [0xFF]]));
        }

        output.Write(Pick<byte[]>([[13, 10], [10], [13, 0], [13], [], [10, 13], [13, 13, 10]]));
    }

    private void MsdpVariable(ArrayBufferWriter<byte> output, int depth)
    {
        output.Write<byte>([MsdpCodec.Var]);
        output.Write(Encoding.UTF8.GetBytes(random.Next(4) == 0 ? RandomName() : Pick(MsdpNames)));
        var values = random.Next(8) == 0 ? random.Next(0, 4) : 1;
        for (var i = 0; i < values; i++)
        {
            output.Write<byte>([MsdpCodec.Val]);
            MsdpValue(output, depth);
        }
    }

    private void MsdpValue(ArrayBufferWriter<byte> output, int depth)
    {
        switch (depth > 0 ? random.Next(6) : 0)
        {
            case 0:
            case 1:
            case 2:
                output.Write(Encoding.UTF8.GetBytes(random.Next(3) == 0 ? RandomName() : Pick(MsdpNames)));
                break;
            case 3:
            case 4:
                output.Write<byte>([MsdpCodec.TableOpen]);
                for (var i = random.Next(0, 4); i > 0; i--)
                {
                    MsdpVariable(output, depth - 1);
                }

                output.Write<byte>(random.Next(30) == 0 ? [] : [MsdpCodec.TableClose]);
                break;
            default:
                output.Write<byte>([MsdpCodec.ArrayOpen]);
                for (var i = random.Next(0, 4); i > 0; i--)
                {
                    output.Write<byte>([MsdpCodec.Val]);
                    MsdpValue(output, depth - 1);
                }

                output.Write<byte>(random.Next(30) == 0 ? [] : [MsdpCodec.ArrayClose]);
                break;
        }
    }

    private string Json(int depth) => (depth > 0 ? random.Next(8) : random.Next(5)) switch
    {
        0 => JsonString(),
        1 => JsonNumber(),
        2 => Pick(["true", "false", "null"]),
        3 => Pick(["", "{", "[", "\"", "nul", "01", "1e", "{\"a\":}", "[1,]", "\"\\ud800\"", "\"\\u0000\"", "\u0000"]),
        4 => JsonString(),
        5 or 6 => JsonObject(depth - 1),
        _ => JsonArray(depth - 1),
    };

    private string JsonObject(int depth)
    {
        var fields = Enumerable.Range(0, depth > 0 ? random.Next(0, 4) : 0).Select(_ => $"{JsonString()}:{Json(depth - 1)}");
        return "{" + string.Join(",", fields) + "}";
    }

    private string JsonArray(int depth)
    {
        var items = Enumerable.Range(0, depth > 0 ? random.Next(0, 4) : 0).Select(_ => Json(depth - 1));
        return "[" + string.Join(",", items) + "]";
    }

    private string JsonString() => random.Next(6) switch
    {
        0 => "\"" + Pick(MsdpNames) + "\"",
        1 => "\"" + Pick(GmcpNames) + "\"",
        2 => "\"" + Pick(["\\u0007", "\\u001b[2J", "\\ud83d\\ude00", "\\udc00", "\\\"", "\\\\", "\\n", "\u2028", "\\u00ff"]) + "\"",
        3 => "\"" + new string('x', random.Next(100, 2_000)) + "\"",
        _ => "\"" + RandomName() + "\"",
    };

    private string JsonNumber() => Pick(["0", "-0", "1", "-1", "3.5", "1e308", "1e400", "-1e400", "1.5e-400", "123456789012345678901234567890", "0.1", "2147483648", "-9223372036854775809"]);

    private string RandomName()
    {
        var length = random.Next(0, 12) == 0 ? random.Next(100, 300) : random.Next(0, 12);
        var name = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            name.Append(random.Next(10) == 0 ? (char)random.Next(0, 0x3000) : (char)random.Next('A', 'z' + 1));
        }

        return name.ToString();
    }

    /// <summary>About one input in ten is damaged: cut short, a byte changed, or a byte inserted.</summary>
    private byte[] Corrupt(byte[] input)
    {
        if (random.Next(10) != 0 || input.Length == 0)
        {
            return input;
        }

        var at = random.Next(input.Length);
        return random.Next(3) switch
        {
            0 => input[..at],
            1 => [.. input[..at], (byte)random.Next(256), .. input[(at + 1)..]],
            _ => [.. input[..at], (byte)random.Next(256), .. input[at..]],
        };
    }

    /// <summary>Nesting depth: usually shallow, sometimes past the codecs' limit of 32.</summary>
    private int DepthBudget() => random.Next(20) == 0 ? random.Next(30, 48) : random.Next(0, 5);

    private void RandomBytes(ArrayBufferWriter<byte> output, int count) => output.Write(RandomBytesArray(count));

    private byte[] RandomBytesArray(int count)
    {
        var bytes = new byte[count];
        for (var i = 0; i < count; i++)
        {
            // Biased towards the bytes that mean something to telnet and MSDP.
            bytes[i] = random.Next(3) == 0 ? Pick<byte>([Iac, 240, 250, 251, 253, 13, 10, 0, 1, 2, 3, 4, 5, 6]) : (byte)random.Next(256);
        }

        return bytes;
    }

    private static void Repeat(ArrayBufferWriter<byte> output, byte value, int count)
    {
        output.GetSpan(count)[..count].Fill(value);
        output.Advance(count);
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
