using System.Buffers;
using System.Globalization;

namespace Mud.Text;

/// <summary>
/// The colour markup game code writes; renderers for telnet and the web turn it into ANSI or HTML.
/// </summary>
/// <remarks>
/// Grammar (Evennia-like; every code starts with <c>|</c>):
/// <list type="bullet">
/// <item><c>|r |g |y |b |m |c |w |x</c> bright red, green, yellow, blue, magenta, cyan, white, grey;
/// upper case (<c>|R</c> ... <c>|X</c>) the normal (dark) colour, <c>|X</c> being black.</item>
/// <item><c>|[r</c> ... <c>|[X</c> the same colours as background.</item>
/// <item><c>|500</c> an xterm256 colour cube entry, red/green/blue each 0-5; <c>|[500</c> as background.</item>
/// <item><c>|n</c> reset, <c>|h</c> bold, <c>|u</c> underline, <c>|/</c> new line, <c>||</c> a literal <c>|</c>.</item>
/// <item>Anything else after <c>|</c> (and a <c>|</c> at the very end) is kept literally.</item>
/// </list>
/// The grammar lives here, next to <see cref="Escape"/>, so that every renderer shares one reader
/// (<see cref="Tokenize"/>) instead of re-implementing it.
/// </remarks>
public static class Markup
{
    public const char Marker = '|';

    /// <summary>Colour indices 0-7 in xterm order, so <c>letter index + 8</c> is the bright variant.</summary>
    private const string ColorLetters = "xrgybmcw";

    /// <summary>
    /// Makes arbitrary player text safe to embed in markup: it renders literally (a typed <c>|r</c>
    /// stays <c>|r</c>) and can carry no terminal control (ESC, C0, DEL, C1 removed; tab becomes a space) nor
    /// invisible formatting (bidi overrides, zero-width characters; line and paragraph separators become spaces).
    /// </summary>
    public static string Escape(string playerText)
    {
        ArgumentNullException.ThrowIfNull(playerText);
        return Clean(playerText, doubleMarker: true);
    }

    /// <summary>
    /// Removes control characters (C0, DEL, C1, including ESC) and invisible format characters (bidi
    /// overrides, zero-width characters) from a line of input, turning tabs and line or paragraph separators
    /// into spaces. Markup is left alone: use <see cref="Escape"/> when the text is shown to others.
    /// </summary>
    /// <remarks>
    /// The telnet Portal already cleans lines while decoding (it also applies backspaces); this is for
    /// input that arrives another way, such as the web client.
    /// </remarks>
    public static string SanitizeInput(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Clean(line, doubleMarker: false);
    }

    /// <summary>The plain text of <paramref name="markup"/>: codes removed, <c>||</c> and <c>|/</c> resolved.</summary>
    public static string Strip(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        if (!markup.Contains(Marker, StringComparison.Ordinal))
        {
            return markup;
        }

        // Stripping never lengthens the text, so one buffer of the input's size is always enough.
        char[] buffer = ArrayPool<char>.Shared.Rent(markup.Length);
        try
        {
            int length = 0;
            foreach (Token token in Tokenize(markup))
            {
                if (token.Kind == TokenKind.Text)
                {
                    token.Text.CopyTo(buffer.AsSpan(length));
                    length += token.Text.Length;
                }
                else if (token.Kind == TokenKind.NewLine)
                {
                    buffer[length++] = '\n';
                }
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads <paramref name="markup"/> as a sequence of tokens, without allocating.</summary>
    public static TokenEnumerator Tokenize(ReadOnlySpan<char> markup) => new(markup);

    private static string Clean(string text, bool doubleMarker)
    {
        int added = 0;
        int removed = 0;
        bool changed = false;
        for (int i = 0; i < text.Length; i += CharsAt(text, i))
        {
            switch (Classify(text, i))
            {
                case CharacterKind.Marker when doubleMarker:
                    added++;
                    break;
                case CharacterKind.Space:
                    changed = true;
                    break;
                case CharacterKind.Removed:
                    removed += CharsAt(text, i);
                    break;
            }
        }

        if (added == 0 && removed == 0 && !changed)
        {
            // Most text is clean; hand back the same instance rather than a copy.
            return text;
        }

        return string.Create(text.Length + added - removed, (text, doubleMarker), static (span, state) =>
        {
            int w = 0;
            string source = state.text;
            for (int i = 0; i < source.Length; i += CharsAt(source, i))
            {
                switch (Classify(source, i))
                {
                    case CharacterKind.Space:
                        // Keeps words apart without letting a terminal move the cursor or start a new line.
                        span[w++] = ' ';
                        break;
                    case CharacterKind.Removed:
                        break;
                    default:
                        source.AsSpan(i, CharsAt(source, i)).CopyTo(span[w..]);
                        w += CharsAt(source, i);
                        if (source[i] == Marker && state.doubleMarker)
                        {
                            span[w++] = Marker;
                        }

                        break;
                }
            }
        });
    }

    /// <summary>One character, or two for a surrogate pair.</summary>
    private static int CharsAt(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    /// <summary>
    /// What cleaning does with the character at <paramref name="index"/>. Besides terminal controls, invisible
    /// format characters (Unicode Cf: bidi overrides that make text read backwards, zero-width spaces and joiners,
    /// tag characters that hide text) are removed, so player text shows what it says; line and paragraph
    /// separators (Zl, Zp) would start a new line in some clients, so like tabs they become spaces.
    /// </summary>
    private static CharacterKind Classify(string text, int index)
    {
        char c = text[index];
        if (c == Marker)
        {
            return CharacterKind.Marker;
        }

        if (c == '\t')
        {
            return CharacterKind.Space;
        }

        if (CharsAt(text, index) == 2)
        {
            return CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[index + 1])) == UnicodeCategory.Format
                ? CharacterKind.Removed
                : CharacterKind.Kept;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate => CharacterKind.Removed,
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => CharacterKind.Space,
            _ => CharacterKind.Kept,
        };
    }

    private static bool IsCubeDigit(char c) => c is >= '0' and <= '5';

    private static bool TryColorLetter(char c, out byte color)
    {
        int index = char.IsAsciiLetter(c) ? ColorLetters.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal) : -1;
        if (index < 0)
        {
            color = 0;
            return false;
        }

        color = (byte)(char.IsAsciiLetterLower(c) ? index + 8 : index);
        return true;
    }

    private static bool TryCube(ReadOnlySpan<char> digits, out byte color)
    {
        if (digits.Length >= 3 && IsCubeDigit(digits[0]) && IsCubeDigit(digits[1]) && IsCubeDigit(digits[2]))
        {
            color = (byte)(16 + (36 * (digits[0] - '0')) + (6 * (digits[1] - '0')) + (digits[2] - '0'));
            return true;
        }

        color = 0;
        return false;
    }

    private enum CharacterKind
    {
        Kept,
        Marker,
        Space,
        Removed,
    }

    public enum TokenKind
    {
        /// <summary>Literal text; may contain anything, renderers must still filter control characters.</summary>
        Text,

        /// <summary>Foreground colour in <see cref="Token.Color"/>.</summary>
        Foreground,

        /// <summary>Background colour in <see cref="Token.Color"/>.</summary>
        Background,
        Reset,
        Bold,
        Underline,
        NewLine,
    }

    /// <summary>One piece of markup.</summary>
    /// <remarks>
    /// <see cref="Color"/> is an xterm256 palette index: 0-7 normal, 8-15 bright, 16-231 the 6x6x6 cube.
    /// One byte for both kinds lets renderers downgrade with a table lookup.
    /// </remarks>
    public readonly ref struct Token
    {
        internal Token(TokenKind kind, ReadOnlySpan<char> text = default, byte color = 0)
        {
            Kind = kind;
            Text = text;
            Color = color;
        }

        public TokenKind Kind { get; }

        public ReadOnlySpan<char> Text { get; }

        public byte Color { get; }
    }

    public ref struct TokenEnumerator
    {
        private ReadOnlySpan<char> _rest;

        internal TokenEnumerator(ReadOnlySpan<char> markup)
        {
            _rest = markup;
            Current = default;
        }

        public Token Current { get; private set; }

        public readonly TokenEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_rest.IsEmpty)
            {
                return false;
            }

            if (_rest[0] != Marker)
            {
                int end = _rest.IndexOf(Marker);
                return Take(end < 0 ? _rest.Length : end, new Token(TokenKind.Text, end < 0 ? _rest : _rest[..end]));
            }

            if (_rest.Length == 1)
            {
                return Take(1, new Token(TokenKind.Text, _rest));
            }

            char code = _rest[1];
            switch (code)
            {
                case Marker:
                    return Take(2, new Token(TokenKind.Text, _rest.Slice(1, 1)));
                case '/':
                    return Take(2, new Token(TokenKind.NewLine));
                case 'n':
                    return Take(2, new Token(TokenKind.Reset));
                case 'h':
                    return Take(2, new Token(TokenKind.Bold));
                case 'u':
                    return Take(2, new Token(TokenKind.Underline));
                case '[':
                    if (_rest.Length > 2 && TryColorLetter(_rest[2], out byte background))
                    {
                        return Take(3, new Token(TokenKind.Background, color: background));
                    }

                    if (TryCube(_rest[2..], out background))
                    {
                        return Take(5, new Token(TokenKind.Background, color: background));
                    }

                    break;
                default:
                    if (TryColorLetter(code, out byte foreground))
                    {
                        return Take(2, new Token(TokenKind.Foreground, color: foreground));
                    }

                    if (TryCube(_rest[1..], out foreground))
                    {
                        return Take(4, new Token(TokenKind.Foreground, color: foreground));
                    }

                    break;
            }

            // Unknown code: both characters are text, so a typo shows up instead of vanishing.
            return Take(2, new Token(TokenKind.Text, _rest[..2]));
        }

        private bool Take(int length, Token token)
        {
            Current = token;
            _rest = _rest[length..];
            return true;
        }
    }
}
