namespace Mud.Portal.Telnet;

/// <summary>
/// Splits the incoming byte stream into data, commands, negotiations and subnegotiations.
/// </summary>
/// <remarks>
/// A byte-at-a-time state machine whose state survives between reads, because TCP may split any
/// sequence at any byte (including between <c>IAC</c> and <c>SE</c>). Data is handed on in runs
/// rather than byte by byte, and the subnegotiation buffer grows only as far as the limit.
/// </remarks>
internal sealed class TelnetParser(ITelnetParserSink sink, int maxSubnegotiationBytes)
{
    private static readonly byte[] s_iacByte = [TelnetCommand.Iac];

    private State _state;
    private byte _negotiation;
    private byte _sbOption;
    private byte[] _sb = [];
    private int _sbLength;
    private bool _sbTooLong;

    private enum State : byte
    {
        Data,
        Iac,
        Negotiation,
        SbOption,
        SbData,
        SbIac,
    }

    private bool _pauseRequested;

    /// <summary>Parses <paramref name="data"/>; returns how many bytes were taken, all of them unless the sink
    /// called <see cref="PauseAfterSubnegotiation"/>.</summary>
    public int Receive(ReadOnlySpan<byte> data)
    {
        int length = data.Length;
        while (!data.IsEmpty)
        {
            if (_pauseRequested)
            {
                _pauseRequested = false;
                return length - data.Length;
            }

            switch (_state)
            {
                case State.Data:
                case State.SbData:
                    int iac = data.IndexOf(TelnetCommand.Iac);
                    ReadOnlySpan<byte> run = iac < 0 ? data : data[..iac];
                    if (!run.IsEmpty)
                    {
                        if (_state == State.Data)
                        {
                            sink.Data(run);
                        }
                        else
                        {
                            AppendSubnegotiation(run);
                        }
                    }

                    if (iac < 0)
                    {
                        return length;
                    }

                    _state = _state == State.Data ? State.Iac : State.SbIac;
                    data = data[(iac + 1)..];
                    break;
                case State.Iac:
                    AfterIac(data[0]);
                    data = data[1..];
                    break;
                case State.Negotiation:
                    _state = State.Data;
                    sink.Negotiation(_negotiation, data[0]);
                    data = data[1..];
                    break;
                case State.SbOption:
                    _sbOption = data[0];
                    _sbLength = 0;
                    _sbTooLong = false;
                    _state = State.SbData;
                    data = data[1..];
                    break;
                case State.SbIac:
                    AfterIacInSubnegotiation(data[0]);
                    data = data[1..];
                    break;
            }
        }

        _pauseRequested = false;
        return length;
    }

    /// <summary>Called by the sink during <see cref="ITelnetParserSink.Subnegotiation"/>: the bytes after this
    /// subnegotiation are not telnet (MCCP3 starts a zlib stream there), so <see cref="Receive"/> stops.</summary>
    public void PauseAfterSubnegotiation() => _pauseRequested = true;

    private void AfterIac(byte command)
    {
        switch (command)
        {
            case TelnetCommand.Iac:
                _state = State.Data;
                sink.Data(s_iacByte);
                break;
            case TelnetCommand.Will or TelnetCommand.Wont or TelnetCommand.Do or TelnetCommand.Dont:
                _negotiation = command;
                _state = State.Negotiation;
                break;
            case TelnetCommand.Sb:
                _state = State.SbOption;
                break;
            default:
                _state = State.Data;
                sink.Command(command);
                break;
        }
    }

    private void AfterIacInSubnegotiation(byte command)
    {
        switch (command)
        {
            case TelnetCommand.Iac:
                _state = State.SbData;
                AppendSubnegotiation(s_iacByte);
                break;
            case TelnetCommand.Se:
                _state = State.Data;
                if (!_sbTooLong)
                {
                    sink.Subnegotiation(_sbOption, _sb.AsSpan(0, _sbLength));
                }

                break;
            default:
                // Any other IAC means the client never closed the SB (Mudlet resyncs the same way).
                // Drop the unfinished payload rather than act on half of it, and read the command.
                AfterIac(command);
                break;
        }
    }

    private void AppendSubnegotiation(ReadOnlySpan<byte> bytes)
    {
        if (_sbTooLong)
        {
            return;
        }

        int needed = _sbLength + bytes.Length;
        if (needed > maxSubnegotiationBytes)
        {
            _sbTooLong = true;
            sink.SubnegotiationTooLong(_sbOption);
            return;
        }

        if (needed > _sb.Length)
        {
            // Most subnegotiations are a few bytes (NAWS, TTYPE); grow by doubling, up to the cap.
            var larger = new byte[Math.Min(Math.Max(needed, Math.Max(64, _sb.Length * 2)), maxSubnegotiationBytes)];
            _sb.AsSpan(0, _sbLength).CopyTo(larger);
            _sb = larger;
        }

        bytes.CopyTo(_sb.AsSpan(_sbLength));
        _sbLength = needed;
    }
}
