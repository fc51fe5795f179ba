using System.Buffers;
using System.Text;

namespace Mud.Portal.Telnet.Options;

/// <summary>Runs CHARSET (RFC 2066): asks the client for UTF-8, offering ISO-8859-1 as the alternative.</summary>
/// <remarks>
/// The answer decides the connection's encoding both ways: ACCEPTED UTF-8 keeps UTF-8; ACCEPTED ISO-8859-1 or
/// REJECTED switches to Latin-1. A client that never answers (or refuses the option itself) stays on UTF-8,
/// which is what nearly every terminal and MUD client speaks today. A client's own REQUEST is answered the same
/// way, except while ours waits for its answer: the client then owes us that answer, and two crossing
/// requests must not settle the encoding twice.
/// </remarks>
internal sealed class CharsetOption(IBufferWriter<byte> output, Action<TelnetCharset> settled)
{
    private const byte Request = 1;
    private const byte Accepted = 2;
    private const byte Rejected = 3;
    private const byte TranslationTableIs = 4;
    private const byte TranslationTableRejected = 5;

    private static ReadOnlySpan<byte> TranslationTablePrefix => "[TTABLE]"u8;

    private bool _requested;
    private bool _awaitingReply;

    /// <summary>The option was agreed (either way round): send our request, once per connection.</summary>
    public void Start()
    {
        if (_requested)
        {
            return;
        }

        _requested = true;
        _awaitingReply = true;
        TelnetWriter.WriteSubnegotiation(output, TelnetOption.Charset, [Request, .. ";UTF-8;ISO-8859-1"u8]);
    }

    public void Receive(ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
        {
            return;
        }

        switch (payload[0])
        {
            case Accepted when _awaitingReply:
                if (TryName(payload[1..], out TelnetCharset accepted))
                {
                    _awaitingReply = false;
                    settled(accepted);
                }

                break;
            case Rejected when _awaitingReply:
                _awaitingReply = false;
                settled(TelnetCharset.Latin1);
                break;
            case Request when !_awaitingReply:
                AnswerRequest(payload[1..]);
                break;
            case TranslationTableIs:
                TelnetWriter.WriteSubnegotiation(output, TelnetOption.Charset, [TranslationTableRejected]);
                break;
        }
    }

    private static bool TryName(ReadOnlySpan<byte> name, out TelnetCharset charset)
    {
        string text = Encoding.ASCII.GetString(name).Trim();
        if (text.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || text.Equals("UTF8", StringComparison.OrdinalIgnoreCase))
        {
            charset = TelnetCharset.Utf8;
            return true;
        }

        if (text.ToUpperInvariant() is "ISO-8859-1" or "ISO_8859-1" or "ISO8859-1" or "LATIN1" or "LATIN-1")
        {
            charset = TelnetCharset.Latin1;
            return true;
        }

        charset = default;
        return false;
    }

    /// <summary>A client's REQUEST: <c>[TTABLE] version</c> optionally, then a separator byte and the names it separates.</summary>
    private void AnswerRequest(ReadOnlySpan<byte> list)
    {
        if (list.StartsWith(TranslationTablePrefix))
        {
            // Skip the prefix and its version byte: we never send translation tables, only names matter.
            list = list.Length > TranslationTablePrefix.Length + 1 ? list[(TranslationTablePrefix.Length + 1)..] : [];
        }

        if (list.Length < 2)
        {
            TelnetWriter.WriteSubnegotiation(output, TelnetOption.Charset, [Rejected]);
            return;
        }

        byte separator = list[0];
        ReadOnlySpan<byte> latin1 = [];
        foreach (Range range in list[1..].Split(separator))
        {
            ReadOnlySpan<byte> name = list[1..][range];
            if (!TryName(name, out TelnetCharset charset))
            {
                continue;
            }

            if (charset == TelnetCharset.Utf8)
            {
                Accept(name, charset);
                return;
            }

            if (latin1.IsEmpty)
            {
                latin1 = name;
            }
        }

        if (latin1.IsEmpty)
        {
            TelnetWriter.WriteSubnegotiation(output, TelnetOption.Charset, [Rejected]);
        }
        else
        {
            Accept(latin1, TelnetCharset.Latin1);
        }
    }

    private void Accept(ReadOnlySpan<byte> name, TelnetCharset charset)
    {
        TelnetWriter.WriteSubnegotiation(output, TelnetOption.Charset, [Accepted, .. name]);
        settled(charset);
    }
}
