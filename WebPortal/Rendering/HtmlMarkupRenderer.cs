using System.Globalization;
using System.Net;
using System.Text;
using Mud.Text;

namespace Mud.WebPortal.Rendering;

/// <summary>
/// Turns game output in <see cref="Markup"/> into HTML for the web client: a <c>span</c> per run of one
/// style, the sixteen ANSI colours as classes (so the style sheet can suit them to light and dark pages)
/// and the xterm256 cube as inline colours.
/// </summary>
/// <remarks>
/// Every piece of text is HTML-encoded and stripped of control characters, and the only markup written is
/// the spans made here, so nothing in game output (player text included) can add elements, attributes or
/// script to the page. New lines stay as <c>\n</c>: the output pane keeps white space.
/// </remarks>
public static class HtmlMarkupRenderer
{
    public static string ToHtml(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var html = new StringBuilder(markup.Length + 32);
        var wanted = Style.Plain;
        var open = Style.Plain;
        foreach (var token in Markup.Tokenize(markup))
        {
            switch (token.Kind)
            {
                case Markup.TokenKind.Text:
                    if (wanted != open)
                    {
                        Close(html, open);
                        Open(html, wanted);
                        open = wanted;
                    }

                    AppendText(html, token.Text);
                    break;
                case Markup.TokenKind.NewLine:
                    html.Append('\n');
                    break;
                case Markup.TokenKind.Reset:
                    wanted = Style.Plain;
                    break;
                case Markup.TokenKind.Bold:
                    wanted = wanted with { Bold = true };
                    break;
                case Markup.TokenKind.Underline:
                    wanted = wanted with { Underline = true };
                    break;
                case Markup.TokenKind.Foreground:
                    wanted = wanted with { Foreground = token.Color };
                    break;
                case Markup.TokenKind.Background:
                    wanted = wanted with { Background = token.Color };
                    break;
            }
        }

        Close(html, open);
        return html.ToString();
    }

    private static void AppendText(StringBuilder html, ReadOnlySpan<char> text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n')
            {
                clean.Append(c);
            }
            else if (c == '\t')
            {
                clean.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        html.Append(WebUtility.HtmlEncode(clean.ToString()));
    }

    private static void Open(StringBuilder html, Style style)
    {
        if (style == Style.Plain)
        {
            return;
        }

        var classes = new List<string>(4);
        var inline = new List<string>(2);
        if (style.Bold)
        {
            classes.Add("b");
        }

        if (style.Underline)
        {
            classes.Add("u");
        }

        if (style.Foreground is { } fg)
        {
            if (fg < 16)
            {
                classes.Add("fg" + fg.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                inline.Add("color:" + Rgb(fg));
            }
        }

        if (style.Background is { } bg)
        {
            if (bg < 16)
            {
                classes.Add("bg" + bg.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                inline.Add("background-color:" + Rgb(bg));
            }
        }

        html.Append("<span");
        if (classes.Count > 0)
        {
            html.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
        }

        if (inline.Count > 0)
        {
            html.Append(" style=\"").Append(string.Join(';', inline)).Append('"');
        }

        html.Append('>');
    }

    private static void Close(StringBuilder html, Style style)
    {
        if (style != Style.Plain)
        {
            html.Append("</span>");
        }
    }

    /// <summary>An xterm256 cube or grey-ramp entry (16-255) as <c>#rrggbb</c>.</summary>
    private static string Rgb(byte index)
    {
        int r, g, b;
        if (index >= 232)
        {
            r = g = b = 8 + (10 * (index - 232));
        }
        else
        {
            var cube = index - 16;
            (r, g, b) = (Level(cube / 36), Level(cube / 6 % 6), Level(cube % 6));
        }

        return string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}");

        static int Level(int step) => step == 0 ? 0 : 55 + (40 * step);
    }

    private readonly record struct Style(bool Bold, bool Underline, byte? Foreground, byte? Background)
    {
        public static Style Plain => default;
    }
}
