using System.Buffers;
using Mud.Portal.Telnet.Options;

namespace Mud.Portal.Telnet;

/// <summary>
/// The server side of the telnet protocol for one connection, without the socket: bytes in through
/// <see cref="Receive"/>, events out through <see cref="ITelnetEvents"/>, protocol replies written to
/// the output buffer the connection flushes.
/// </summary>
/// <remarks>
/// Not thread-safe: the connection's read loop and its writers must take turns. Game text is written
/// to the same buffer with <see cref="Rendering.MarkupRenderer"/> or <see cref="TelnetWriter"/>.
/// </remarks>
public sealed class TelnetCodec : ITelnetParserSink, TelnetNegotiator.IObserver, IDisposable
{
    private readonly ITelnetEvents _events;
    private readonly IBufferWriter<byte> _output;
    private readonly TelnetPolicy _policy;
    private readonly TelnetParser _parser;
    private readonly LineAssembler _lines;
    private readonly TelnetNegotiator _negotiator;
    private readonly TerminalTypeOption _terminalType;
    private readonly CharsetOption _charset;
    private readonly TelnetOutputBuffer? _compressible;
    private CompressedInput? _compressedInput;
    private bool _started;

    /// <param name="output">Where replies go. MCCP2 (if the policy offers or accepts it) needs a
    /// <see cref="TelnetOutputBuffer"/>, which the codec switches into compression.</param>
    public TelnetCodec(ITelnetEvents events, IBufferWriter<byte> output, TelnetPolicy? policy = null, TelnetLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(output);
        limits ??= TelnetLimits.Default;
        limits.Validate();

        _events = events;
        _output = output;
        _policy = policy ?? TelnetPolicy.Default;
        _compressible = output as TelnetOutputBuffer;
        if (_compressible is null && _policy.Accepts(local: true, TelnetOption.Mccp2))
        {
            throw new ArgumentException("MCCP2 needs a TelnetOutputBuffer as the output to compress.", nameof(policy));
        }

        _parser = new TelnetParser(this, limits.MaxSubnegotiationBytes);
        _lines = new LineAssembler(events, limits.MaxLineBytes);
        _negotiator = new TelnetNegotiator(output, _policy, this);
        _terminalType = new TerminalTypeOption(output, OnIdentified);
        _charset = new CharsetOption(output, charset => Charset = _lines.Charset = charset);
    }

    /// <summary>The encoding of text both ways: UTF-8 until CHARSET settles on Latin-1.</summary>
    public TelnetCharset Charset { get; private set; }

    /// <summary>What TTYPE/MTTS told us, once <see cref="ITelnetEvents.OnClientIdentified"/> has been raised.</summary>
    public TelnetClientInfo? Client { get; private set; }

    /// <summary>The last NAWS width, 0 when unknown.</summary>
    public int WindowWidth { get; private set; }

    /// <summary>The last NAWS height, 0 when unknown.</summary>
    public int WindowHeight { get; private set; }

    /// <summary>Writes the policy's opening offers (by default WILL SGA, WILL EOR, DO TTYPE, DO NAWS, DO CHARSET). Call once,
    /// before the banner; clients answer in their own time and nothing here waits for them.</summary>
    public void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        foreach (byte option in _policy.OfferLocal)
        {
            _negotiator.Enable(option, local: true);
        }

        foreach (byte option in _policy.OfferRemote)
        {
            _negotiator.Enable(option, local: false);
        }
    }

    /// <summary>Feeds bytes read from the socket; any split of the stream gives the same result.</summary>
    public void Receive(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_compressedInput is null)
            {
                // The parser stops early only where MCCP3 starts: the rest of the read is compressed.
                data = data[_parser.Receive(data)..];
                continue;
            }

            switch (_compressedInput.Inflate(data, _parser, out byte[] remainder))
            {
                case CompressedInput.Outcome.Open:
                    return;
                case CompressedInput.Outcome.Ended:
                    StopInflating();
                    Receive(remainder);
                    return;
                case CompressedInput.Outcome.Corrupt:
                    // mth's answer: the client stops compressing, and what it sends from then on is read plainly.
                    StopInflating();
                    TelnetWriter.WriteNegotiation(_output, TelnetCommand.Dont, TelnetOption.Mccp3);
                    return;
            }
        }
    }

    /// <summary>Frees the MCCP3 decompressor, if the client was compressing.</summary>
    public void Dispose() => StopInflating();

    /// <summary>WILL ECHO: the client stops echoing, so a password is not shown while typed. Send it
    /// just before the password prompt, never "just in case" (Mudlet then masks the whole session).</summary>
    public void HideInput() => _negotiator.Enable(TelnetOption.Echo, local: true);

    /// <summary>WONT ECHO after the password line, followed by CR LF because the client did not echo
    /// the player's Enter.</summary>
    public void ShowInput()
    {
        bool wasHidden = _negotiator.IsEnabledOrPending(TelnetOption.Echo, local: true);
        _negotiator.Disable(TelnetOption.Echo, local: true);
        if (wasHidden)
        {
            TelnetWriter.WriteNewLine(_output);
        }
    }

    /// <summary>Asks for an option after connect (WILL if <paramref name="local"/>, else DO); does
    /// nothing if it is already on or being asked for.</summary>
    public void EnableOption(byte option, bool local) => _negotiator.Enable(option, local);

    /// <summary>Turns an option off (WONT if <paramref name="local"/>, else DONT) if it is on.</summary>
    public void DisableOption(byte option, bool local) => _negotiator.Disable(option, local);

    /// <summary>Whether both sides agreed to the option.</summary>
    public bool IsOptionEnabled(byte option, bool local) => _negotiator.IsEnabled(option, local);

    /// <summary>Marks the end of a prompt or of a question waiting for input: IAC EOR when the client
    /// agreed to EOR, otherwise IAC GA unless the policy turned GA off.</summary>
    public void WritePromptEnd()
    {
        if (_negotiator.IsEnabled(TelnetOption.EndOfRecord, local: true))
        {
            TelnetWriter.WriteCommand(_output, TelnetCommand.Eor);
        }
        else if (_policy.SendGoAhead)
        {
            TelnetWriter.WriteCommand(_output, TelnetCommand.Ga);
        }
    }

    void ITelnetParserSink.Data(ReadOnlySpan<byte> data) => _lines.Append(data);

    void ITelnetParserSink.Command(byte command)
    {
        // Other commands (NOP, AYT, IP, GA...) carry nothing a MUD acts on; answering AYT would only
        // interleave text with whatever is being typed.
        if (command == TelnetCommand.EraseCharacter)
        {
            _lines.EraseCharacter();
        }
        else if (command == TelnetCommand.EraseLine)
        {
            _lines.EraseLine();
        }
    }

    void ITelnetParserSink.Negotiation(byte command, byte option) => _negotiator.Receive(command, option);

    void ITelnetParserSink.Subnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        switch (option)
        {
            case TelnetOption.TerminalType:
                _terminalType.Receive(payload);
                break;
            case TelnetOption.Charset:
                if (_negotiator.IsEnabled(option, local: true) || _negotiator.IsEnabled(option, local: false))
                {
                    _charset.Receive(payload);
                }

                break;
            case TelnetOption.Mccp3:
                // Only once agreed, and not from inside a stream already being inflated.
                if (_negotiator.IsEnabled(option, local: true) && _compressedInput is null)
                {
                    _compressedInput = new CompressedInput();
                    _parser.PauseAfterSubnegotiation();
                }

                break;
            case TelnetOption.WindowSize:
                // Accepted even before WILL NAWS is processed: tintin sends both in one segment.
                if (WindowSizeOption.TryRead(payload, out int width, out int height))
                {
                    WindowWidth = width;
                    WindowHeight = height;
                    _events.OnWindowSize(width, height);
                }

                break;
            default:
                // Only options both sides agreed to; anything else is noise or a probe.
                if (_negotiator.IsEnabled(option, local: true) || _negotiator.IsEnabled(option, local: false))
                {
                    _events.OnSubnegotiation(option, payload);
                }

                break;
        }
    }

    void ITelnetParserSink.SubnegotiationTooLong(byte option) => _events.OnSubnegotiationTooLong(option);

    void TelnetNegotiator.IObserver.OptionChanged(byte option, bool local, bool enabled)
    {
        if (option == TelnetOption.TerminalType && !local)
        {
            if (enabled)
            {
                _terminalType.Start();
            }
            else
            {
                _terminalType.Stop();
            }
        }
        else if (option == TelnetOption.Charset && enabled)
        {
            _charset.Start();
        }
        else if (option == TelnetOption.Mccp2 && local)
        {
            SwitchCompression(enabled);
        }

        if (enabled)
        {
            _events.OnOptionEnabled(option, local);
        }
        else
        {
            _events.OnOptionDisabled(option, local);
        }
    }

    /// <summary>MCCP2: the marker, then compression from the very next byte; or the end of the zlib stream,
    /// before the reply to the client's DONT, so the reply arrives uncompressed.</summary>
    private void SwitchCompression(bool on)
    {
        if (on)
        {
            TelnetWriter.WriteSubnegotiation(_output, TelnetOption.Mccp2, []);
            _compressible!.StartCompression();
        }
        else
        {
            _compressible!.StopCompression();
        }
    }

    private void StopInflating()
    {
        _compressedInput?.Dispose();
        _compressedInput = null;
    }

    private void OnIdentified(TelnetClientInfo info)
    {
        Client = info;
        _events.OnClientIdentified(info);
    }
}
