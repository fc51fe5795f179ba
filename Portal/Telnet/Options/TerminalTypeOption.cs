using System.Buffers;
using System.Globalization;

namespace Mud.Portal.Telnet.Options;

/// <summary>Runs the TTYPE exchange (RFC 1091) with the MTTS convention to identify the client.</summary>
/// <remarks>
/// Each <c>SEND</c> makes the client answer with the next name in its list: by MTTS, first the client
/// name, then the terminal type, then <c>MTTS &lt;flags&gt;</c>. A repeated answer means the list is
/// exhausted; Mudlet and tintin++ repeat the MTTS line, then Mudlet starts over. So we send at most
/// <see cref="MaxRequests"/> requests and stop early on a repeat or on the MTTS line. The
/// <c>identified</c> callback runs exactly once, when the exchange ends for whatever reason.
/// </remarks>
internal sealed class TerminalTypeOption(IBufferWriter<byte> output, Action<TelnetClientInfo> identified)
{
    internal const int MaxRequests = 3;
    private const byte Is = 0;
    private const byte Send = 1;
    private const int MaxNameLength = 64;
    private const string MttsPrefix = "MTTS ";

    private int _requests;
    private bool _awaitingReply;
    private bool _finished;
    private string? _previous;
    private string _name = string.Empty;
    private string? _terminalType;
    private MttsFlags? _mtts;

    /// <summary>The client agreed to TTYPE: ask for its first name.</summary>
    public void Start()
    {
        if (_requests == 0 && !_finished)
        {
            Request();
        }
    }

    /// <summary>The client turned TTYPE off or refused it: report whatever we learned.</summary>
    public void Stop() => Finish();

    public void Receive(ReadOnlySpan<byte> payload)
    {
        // Only an IS answering our SEND counts; a client cannot drive the cycle by itself.
        if (!_awaitingReply || payload.IsEmpty || payload[0] != Is)
        {
            return;
        }

        _awaitingReply = false;
        string value = ReadName(payload[1..]);
        if (string.Equals(value, _previous, StringComparison.OrdinalIgnoreCase))
        {
            Finish();
            return;
        }

        _previous = value;
        if (TryParseMtts(value, out MttsFlags flags))
        {
            _mtts = flags;
            Finish();
            return;
        }

        if (_requests == 1)
        {
            _name = value;
        }
        else
        {
            _terminalType ??= value;
        }

        if (_requests < MaxRequests)
        {
            Request();
        }
        else
        {
            Finish();
        }
    }

    private static string ReadName(ReadOnlySpan<byte> bytes)
    {
        // Names are ASCII by the RFC; anything else is the client's (or an attacker's) invention.
        Span<char> name = stackalloc char[Math.Min(bytes.Length, MaxNameLength)];
        for (int i = 0; i < name.Length; i++)
        {
            name[i] = bytes[i] is >= 0x20 and < 0x7F ? (char)bytes[i] : '?';
        }

        return new string(name.Trim());
    }

    private static bool TryParseMtts(string value, out MttsFlags flags)
    {
        if (value.StartsWith(MttsPrefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(value.AsSpan(MttsPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int bits))
        {
            flags = (MttsFlags)bits;
            return true;
        }

        flags = MttsFlags.None;
        return false;
    }

    private void Request()
    {
        _requests++;
        _awaitingReply = true;
        TelnetWriter.WriteSubnegotiation(output, TelnetOption.TerminalType, [Send]);
    }

    private void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        _awaitingReply = false;
        identified(new TelnetClientInfo(_name, _terminalType ?? _name, _mtts));
    }
}
