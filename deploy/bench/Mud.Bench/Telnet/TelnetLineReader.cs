namespace Mud.Bench.Telnet;

/// <summary>What the client side of a telnet stream is made of, as the load tool needs it.</summary>
public interface ITelnetLineSink
{
    /// <summary>One line of text (UTF-8, without CR LF, ANSI escapes removed).</summary>
    void Line(ReadOnlySpan<byte> line);

    /// <summary>IAC WILL/WONT/DO/DONT option.</summary>
    void Negotiation(byte command, byte option);

    /// <summary>IAC SB option payload IAC SE, with doubled 0xFF undone.</summary>
    void Subnegotiation(byte option, ReadOnlySpan<byte> payload);
}

/// <summary>
/// Turns the bytes a server sends into lines, negotiations and subnegotiations. Keeps partial lines and
/// sequences across reads, so any split of the stream gives the same result. Lines longer than the limit
/// are cut, so a server cannot make the tool hold unbounded text. Stops right after <c>IAC SB MCCP2 IAC SE</c>,
/// where the server's bytes turn into a zlib stream: the caller inflates the rest and hands the result back.
/// </summary>
public sealed class TelnetLineReader(ITelnetLineSink sink, int maxLineBytes = 64 * 1024)
{
    private const byte Iac = 255;
    private const byte Sb = 250;
    private const byte Se = 240;
    private const byte Esc = 0x1B;

    // Grows to the longest line seen, so ten thousand clients do not each hold the limit.
    private byte[] _line = new byte[Math.Min(256, maxLineBytes)];
    private readonly List<byte> _sub = [];
    private State _state;
    private int _length;
    private byte _command;
    private byte _subOption;

    /// <summary>Whether the server has started MCCP2: from then on its bytes must be inflated before they come here.</summary>
    public bool CompressionStarted { get; private set; }

    private enum State : byte
    {
        Data,
        Iac,
        Option,
        SubOption,
        Sub,
        SubIac,
        Escape,
        Csi,
    }

    /// <summary>Reads <paramref name="data"/>; returns how many bytes were read, fewer when compression starts inside it.</summary>
    public int Receive(ReadOnlySpan<byte> data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            switch (_state)
            {
                case State.Data:
                    Data(b);
                    break;
                case State.Iac:
                    Command(b);
                    break;
                case State.Option:
                    _state = State.Data;
                    sink.Negotiation(_command, b);
                    break;
                case State.SubOption:
                    _subOption = b;
                    _sub.Clear();
                    _state = State.Sub;
                    break;
                case State.Sub:
                    if (b == Iac)
                    {
                        _state = State.SubIac;
                    }
                    else if (_sub.Count < maxLineBytes)
                    {
                        _sub.Add(b);
                    }

                    break;
                case State.SubIac:
                    if (b == Se)
                    {
                        _state = State.Data;
                        sink.Subnegotiation(_subOption, [.. _sub]);
                        if (_subOption == TelnetBytes.Mccp2)
                        {
                            CompressionStarted = true;
                            return i + 1;
                        }
                    }
                    else
                    {
                        // IAC IAC is a data 0xFF; anything else inside SB is a broken sequence we keep reading past.
                        if (b == Iac && _sub.Count < maxLineBytes)
                        {
                            _sub.Add(Iac);
                        }

                        _state = State.Sub;
                    }

                    break;
                case State.Escape:
                    _state = b == (byte)'[' ? State.Csi : State.Data;
                    break;
                case State.Csi:
                    // Parameters and intermediates run until a final byte from @ to ~.
                    if (b is >= 0x40 and <= 0x7E)
                    {
                        _state = State.Data;
                    }

                    break;
            }
        }

        return data.Length;
    }

    private void Data(byte b)
    {
        switch (b)
        {
            case Iac:
                _state = State.Iac;
                break;
            case Esc:
                _state = State.Escape;
                break;
            case (byte)'\n':
                sink.Line(_line.AsSpan(0, _length));
                _length = 0;
                break;
            case (byte)'\r' or 0:
                break;
            default:
                Append(b);
                break;
        }
    }

    private void Command(byte b)
    {
        switch (b)
        {
            case Iac:
                _state = State.Data;
                Data255();
                break;
            case >= 251 and <= 254:
                _command = b;
                _state = State.Option;
                break;
            case Sb:
                _state = State.SubOption;
                break;
            default:
                // GA, EOR, NOP and the like end nothing for a line reader.
                _state = State.Data;
                break;
        }
    }

    private void Data255() => Append(Iac);

    private void Append(byte b)
    {
        if (_length == _line.Length)
        {
            if (_line.Length >= maxLineBytes)
            {
                return;
            }

            Array.Resize(ref _line, Math.Min(_line.Length * 2, maxLineBytes));
        }

        _line[_length++] = b;
    }
}
