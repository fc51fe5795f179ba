using System.Buffers;
using System.Text;
using Mud.Oob;

namespace Mud.Portal.Oob.Msdp;

/// <summary>
/// MSDP (telnet option 69) payloads to and from the neutral <see cref="OobMessage"/>: each <c>VAR name</c>
/// with its <c>VAL</c>s is one message; tables and arrays, nested, become <see cref="OobTable"/> and
/// <see cref="OobList"/>. Works on subnegotiation payloads with telnet escaping already undone: the telnet
/// layer doubles and undoubles 0xFF.
/// </summary>
public static class MsdpCodec
{
    public const byte Var = 1;
    public const byte Val = 2;
    public const byte TableOpen = 3;
    public const byte TableClose = 4;
    public const byte ArrayOpen = 5;
    public const byte ArrayClose = 6;

    /// <summary>Deeper nesting than this is refused rather than followed.</summary>
    public const int MaxDepth = 32;

    /// <summary>Reads every <c>VAR</c> in a payload. False, with the reason, for anything malformed; nothing is half-read.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> payload, out List<OobMessage> messages, out string? error)
    {
        messages = [];
        var reader = new Reader(payload);
        try
        {
            while (!reader.AtEnd)
            {
                var (name, values) = reader.ReadVariable(depth: 0);
                messages.Add(new OobMessage(name, [.. values], []));
            }

            error = null;
            return true;
        }
        catch (FormatException e)
        {
            messages = [];
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// Writes one message as <c>VAR name VAL arg [VAL arg]...</c>. A message with keyword arguments and no
    /// positional ones carries them as one table. Structure bytes and control characters in names and text are
    /// dropped, so no value can break the framing or carry a terminal escape.
    /// </summary>
    public static void Encode(OobMessage message, IBufferWriter<byte> output)
    {
        WriteByte(output, Var);
        WriteText(output, message.Name);
        if (!message.Args.IsDefaultOrEmpty)
        {
            foreach (var arg in message.Args)
            {
                WriteByte(output, Val);
                WriteValue(output, arg);
            }
        }
        else
        {
            WriteByte(output, Val);
            if (!message.Kwargs.IsDefaultOrEmpty)
            {
                WriteValue(output, new OobTable(message.Kwargs));
            }
        }
    }

    private static void WriteValue(IBufferWriter<byte> output, OobValue value)
    {
        switch (value)
        {
            case OobTable table:
                WriteByte(output, TableOpen);
                foreach (var field in table.Fields)
                {
                    WriteByte(output, Var);
                    WriteText(output, field.Name);
                    WriteByte(output, Val);
                    WriteValue(output, field.Value);
                }

                WriteByte(output, TableClose);
                break;
            case OobList list:
                WriteByte(output, ArrayOpen);
                foreach (var item in list.Items)
                {
                    WriteByte(output, Val);
                    WriteValue(output, item);
                }

                WriteByte(output, ArrayClose);
                break;
            default:
                WriteText(output, value.AsText());
                break;
        }
    }

    private static void WriteText(IBufferWriter<byte> output, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            // C0 covers the MSDP structure bytes 1-6 as well as BEL and ESC, which clients would act on.
            if (Rune.IsControl(rune))
            {
                continue;
            }

            var span = output.GetSpan(4);
            output.Advance(rune.EncodeToUtf8(span));
        }
    }

    private static void WriteByte(IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _at;

        public readonly bool AtEnd => _at >= _data.Length;

        private readonly byte Next => _data[_at];

        /// <summary><c>VAR name (VAL value)*</c>; a VAR without VAL has one empty value.</summary>
        public (string Name, List<OobValue> Values) ReadVariable(int depth)
        {
            if (Next != Var)
            {
                throw new FormatException($"expected VAR at byte {_at}, found {Next}");
            }

            _at++;
            var name = ReadString();
            if (name.Length == 0)
            {
                throw new FormatException($"a VAR without a name at byte {_at}");
            }

            var values = new List<OobValue>();
            while (!AtEnd && Next == Val)
            {
                _at++;
                values.Add(ReadValue(depth));
            }

            if (values.Count == 0)
            {
                values.Add(OobValue.Of(""));
            }

            return (name, values);
        }

        private OobValue ReadValue(int depth)
        {
            if (AtEnd)
            {
                return OobValue.Of("");
            }

            switch (Next)
            {
                case TableOpen:
                    Enter(depth);
                    var fields = new List<OobField>();
                    while (Expect(TableClose, "table"))
                    {
                        var (name, values) = ReadVariable(depth + 1);
                        fields.Add(new OobField(name, values.Count == 1 ? values[0] : new OobList([.. values])));
                    }

                    return new OobTable([.. fields]);
                case ArrayOpen:
                    Enter(depth);
                    var items = new List<OobValue>();
                    while (Expect(ArrayClose, "array"))
                    {
                        if (Next != Val)
                        {
                            throw new FormatException($"expected VAL in an array at byte {_at}, found {Next}");
                        }

                        _at++;
                        items.Add(ReadValue(depth + 1));
                    }

                    return new OobList([.. items]);
                default:
                    return OobValue.Of(ReadString());
            }
        }

        private void Enter(int depth)
        {
            if (depth >= MaxDepth)
            {
                throw new FormatException($"nested deeper than {MaxDepth}");
            }

            _at++;
        }

        /// <summary>True while the container goes on; consumes its closing byte and returns false at the end.</summary>
        private bool Expect(byte close, string what)
        {
            if (AtEnd)
            {
                throw new FormatException($"an unclosed {what}");
            }

            if (Next == close)
            {
                _at++;
                return false;
            }

            return true;
        }

        /// <summary>Bytes up to the next structure byte, as UTF-8 (invalid bytes become U+FFFD), control characters removed.</summary>
        private string ReadString()
        {
            var start = _at;
            while (!AtEnd && Next > ArrayClose)
            {
                _at++;
            }

            if (!AtEnd && Next == 0)
            {
                throw new FormatException($"a NUL byte at {_at}");
            }

            var text = Encoding.UTF8.GetString(_data[start.._at]);
            return text.Any(char.IsControl) ? new string([.. text.Where(c => !char.IsControl(c))]) : text;
        }
    }
}
