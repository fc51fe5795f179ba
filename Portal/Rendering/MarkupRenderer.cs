using System.Buffers;
using System.Text;
using Mud.Portal.Telnet;
using Mud.Text;

namespace Mud.Portal.Rendering;

/// <summary>Turns <see cref="Markup"/> into what a telnet client displays.</summary>
/// <remarks>
/// Output goes straight into the connection's buffer: text is written through
/// <see cref="TelnetWriter.WriteText"/>, which drops every control character and turns new lines into
/// CR LF, so the only escape sequences in the result are the SGR codes written here. Attributes are
/// emitted lazily, just before the text they apply to, so codes with nothing after them cost nothing.
/// Each call leaves the terminal in its default style: if any attribute is still on at the end, a
/// reset is appended, so one message's colour never bleeds into the next or into the prompt.
/// </remarks>
public static class MarkupRenderer
{
    /// <param name="markup">Game output in markup.</param>
    /// <param name="mode">The colours the client can show.</param>
    /// <param name="output">The connection's output buffer.</param>
    /// <param name="charset">The connection's encoding: with Latin-1, characters beyond it become <c>?</c>.</param>
    public static void Render(ReadOnlySpan<char> markup, ColorMode mode, IBufferWriter<byte> output, TelnetCharset charset = TelnetCharset.Utf8)
    {
        ArgumentNullException.ThrowIfNull(output);

        TextStyle wanted = TextStyle.Default;
        TextStyle emitted = TextStyle.Default;
        foreach (Markup.Token token in Markup.Tokenize(markup))
        {
            switch (token.Kind)
            {
                case Markup.TokenKind.Text:
                    SgrWriter.Write(output, emitted, wanted, mode);
                    emitted = mode == ColorMode.None ? emitted : wanted;
                    TelnetWriter.WriteText(output, token.Text, charset);
                    break;
                case Markup.TokenKind.NewLine:
                    TelnetWriter.WriteNewLine(output);
                    break;
                case Markup.TokenKind.Reset:
                    wanted = TextStyle.Default;
                    break;
                case Markup.TokenKind.Bold:
                    wanted = wanted with { Bold = true };
                    break;
                case Markup.TokenKind.Underline:
                    wanted = wanted with { Underline = true };
                    break;
                case Markup.TokenKind.Foreground:
                    wanted = wanted with { Foreground = SgrWriter.Map(token.Color, mode) };
                    break;
                case Markup.TokenKind.Background:
                    wanted = wanted with { Background = SgrWriter.Map(token.Color, mode) };
                    break;
            }
        }

        SgrWriter.Write(output, emitted, TextStyle.Default, mode);
    }

    /// <summary>Renders to a string (CR LF line ends), for logs, tests and non-telnet text sinks.</summary>
    public static string RenderToString(ReadOnlySpan<char> markup, ColorMode mode)
    {
        var buffer = new ArrayBufferWriter<byte>(markup.Length + 16);
        Render(markup, mode, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
