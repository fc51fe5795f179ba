using System.Text;

namespace Mud.Portal.Telnet;

/// <summary>Turns the bytes of one input line into the text the game sees.</summary>
/// <remarks>
/// Raw terminals (telnet in character mode, netcat) send what the user's keys produce: backspaces,
/// arrow keys as ESC sequences, tabs. Applying and removing them here means no player input can ever
/// carry a terminal control to another player's screen.
/// </remarks>
internal sealed class InputDecoder
{
    private const char Escape = '\x1B';
    private const char Backspace = '\b';
    private const char Delete = '\x7F';

    // UTF8Encoding's default fallback yields one U+FFFD per invalid sequence and never throws.
    private static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private char[] _chars = [];

    /// <summary>UTF-8 (invalid bytes become U+FFFD), or Latin-1 (every byte is a character) once CHARSET says so.</summary>
    public TelnetCharset Charset { get; set; }

    public string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        Encoding encoding = Charset == TelnetCharset.Latin1 ? Encoding.Latin1 : s_utf8;
        int capacity = encoding.GetMaxCharCount(bytes.Length);
        if (_chars.Length < capacity)
        {
            _chars = new char[capacity];
        }

        int decoded = encoding.GetChars(bytes, _chars);
        int length = Clean(_chars.AsSpan(0, decoded));
        return new string(_chars, 0, length);
    }

    /// <summary>Applies backspaces and removes controls in place; returns the new length.</summary>
    private static int Clean(Span<char> text)
    {
        int written = 0;
        for (int read = 0; read < text.Length; read++)
        {
            char c = text[read];
            if (c is Backspace or Delete)
            {
                if (written > 0)
                {
                    written--;
                    if (written > 0 && char.IsLowSurrogate(text[written]) && char.IsHighSurrogate(text[written - 1]))
                    {
                        written--;
                    }
                }
            }
            else if (c == Escape)
            {
                read = EndOfEscapeSequence(text, read);
            }
            else if (c == '\t')
            {
                text[written++] = ' ';
            }
            else if (!char.IsControl(c))
            {
                text[written++] = c;
            }
        }

        return written;
    }

    /// <summary>The index of the last character of the escape sequence starting at <paramref name="escape"/>.</summary>
    /// <remarks>
    /// Dropping only the ESC of an arrow key would leave "[A" in the line; CSI (ESC [) runs to its final
    /// byte 0x40-0x7E and SS3 (ESC O) covers one more character. Anything else loses just the ESC.
    /// </remarks>
    private static int EndOfEscapeSequence(ReadOnlySpan<char> text, int escape)
    {
        if (escape + 1 >= text.Length)
        {
            return escape;
        }

        switch (text[escape + 1])
        {
            case '[':
                for (int i = escape + 2; i < text.Length; i++)
                {
                    if (text[i] is >= '\x40' and <= '\x7E')
                    {
                        return i;
                    }

                    if (text[i] is not (>= '\x20' and <= '\x3F'))
                    {
                        // Not a well-formed CSI: keep what follows rather than swallow real text.
                        return i - 1;
                    }
                }

                return text.Length - 1;
            case 'O':
                return Math.Min(escape + 2, text.Length - 1);
            default:
                return escape;
        }
    }
}
