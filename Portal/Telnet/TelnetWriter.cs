using System.Buffers;
using System.Text.Unicode;

namespace Mud.Portal.Telnet;

/// <summary>Frames outgoing telnet data. The one place output is escaped, so nothing is escaped twice.</summary>
public static class TelnetWriter
{
    private const int MaxChunk = 4096;

    /// <summary><c>IAC &lt;command&gt;</c>, e.g. GA or EOR.</summary>
    public static void WriteCommand(IBufferWriter<byte> output, byte command)
    {
        ArgumentNullException.ThrowIfNull(output);
        Span<byte> span = output.GetSpan(2);
        span[0] = TelnetCommand.Iac;
        span[1] = command;
        output.Advance(2);
    }

    /// <summary><c>IAC &lt;WILL|WONT|DO|DONT&gt; &lt;option&gt;</c>.</summary>
    public static void WriteNegotiation(IBufferWriter<byte> output, byte command, byte option)
    {
        ArgumentNullException.ThrowIfNull(output);
        Span<byte> span = output.GetSpan(3);
        span[0] = TelnetCommand.Iac;
        span[1] = command;
        span[2] = option;
        output.Advance(3);
    }

    /// <summary><c>IAC SB &lt;option&gt; &lt;payload, 0xFF doubled&gt; IAC SE</c>.</summary>
    public static void WriteSubnegotiation(IBufferWriter<byte> output, byte option, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(output);
        Span<byte> start = output.GetSpan(3);
        start[0] = TelnetCommand.Iac;
        start[1] = TelnetCommand.Sb;
        start[2] = option;
        output.Advance(3);
        WriteEscaped(output, payload);
        WriteCommand(output, TelnetCommand.Se);
    }

    /// <summary>Writes bytes as telnet data, doubling every 0xFF.</summary>
    public static void WriteEscaped(IBufferWriter<byte> output, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(output);
        while (!data.IsEmpty)
        {
            int iac = data.IndexOf(TelnetCommand.Iac);
            int run = iac < 0 ? data.Length : iac + 1;
            output.Write(data[..run]);
            if (iac >= 0)
            {
                output.GetSpan(1)[0] = TelnetCommand.Iac;
                output.Advance(1);
            }

            data = data[run..];
        }
    }

    /// <summary>CR LF, the telnet end of line.</summary>
    public static void WriteNewLine(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Span<byte> span = output.GetSpan(2);
        span[0] = (byte)'\r';
        span[1] = (byte)'\n';
        output.Advance(2);
    }

    /// <summary>
    /// Writes text as telnet data: <c>\n</c> becomes CR LF, a bare <c>\r</c> is dropped, tab becomes a
    /// space and every other control character (ESC, C0, DEL, C1) is removed, so text can never carry a
    /// terminal escape. Encoded as UTF-8, or as Latin-1 with <c>?</c> for anything beyond it.
    /// </summary>
    /// <remarks>
    /// UTF-8 never produces the byte 0xFF, so UTF-8 text needs no IAC doubling; Latin-1 "ÿ" is 0xFF and is
    /// doubled here.
    /// </remarks>
    public static void WriteText(IBufferWriter<byte> output, ReadOnlySpan<char> text, TelnetCharset charset = TelnetCharset.Utf8)
    {
        ArgumentNullException.ThrowIfNull(output);
        while (!text.IsEmpty)
        {
            int special = IndexOfControl(text);
            ReadOnlySpan<char> run = special < 0 ? text : text[..special];
            if (charset == TelnetCharset.Utf8)
            {
                WriteUtf8(output, run);
            }
            else
            {
                WriteLatin1(output, run);
            }

            if (special < 0)
            {
                return;
            }

            char control = text[special];
            if (control == '\n')
            {
                WriteNewLine(output);
            }
            else if (control == '\t')
            {
                output.GetSpan(1)[0] = (byte)' ';
                output.Advance(1);
            }

            text = text[(special + 1)..];
        }
    }

    private static int IndexOfControl(ReadOnlySpan<char> text)
    {
        // C0 and DEL..C1 are the only ranges char.IsControl covers; two vectorised range searches beat a loop.
        int c0 = text.IndexOfAnyInRange('\0', '\x1F');
        int c1 = (c0 < 0 ? text : text[..c0]).IndexOfAnyInRange('\x7F', '\x9F');
        return c1 >= 0 ? c1 : c0;
    }

    private static void WriteUtf8(IBufferWriter<byte> output, ReadOnlySpan<char> run)
    {
        while (!run.IsEmpty)
        {
            // Chunks end on whole characters: FromUtf16 stops before a pair that does not fit.
            Span<byte> destination = output.GetSpan(Math.Min(run.Length * 3, MaxChunk));
            Utf8.FromUtf16(run, destination, out int read, out int written, replaceInvalidSequences: true);
            output.Advance(written);
            run = run[read..];
        }
    }

    private static void WriteLatin1(IBufferWriter<byte> output, ReadOnlySpan<char> run)
    {
        // Two bytes per character at most: 0xFF is doubled.
        Span<byte> destination = output.GetSpan(Math.Min(run.Length * 2, MaxChunk));
        int written = 0;
        for (int i = 0; i < run.Length; i++)
        {
            char c = run[i];
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(run[i - 1]))
            {
                // The pair's high half already produced the '?'.
                continue;
            }

            if (written + 2 > destination.Length)
            {
                output.Advance(written);
                destination = output.GetSpan(Math.Min((run.Length - i) * 2, MaxChunk));
                written = 0;
            }

            byte b = c <= 0xFF ? (byte)c : (byte)'?';
            destination[written++] = b;
            if (b == TelnetCommand.Iac)
            {
                destination[written++] = TelnetCommand.Iac;
            }
        }

        output.Advance(written);
    }
}
