using System.Text;
using System.Text.RegularExpressions;
using Mud.Portal.Rendering;

namespace Mud.Tests.Portal.Rendering;

[Trait("Category", "Unit")]
public sealed partial class RendererSafetyTests
{
    [Theory]
    [InlineData(ColorMode.None, 1)]
    [InlineData(ColorMode.Ansi16, 2)]
    [InlineData(ColorMode.Xterm256, 3)]
    public void Render_AnyMarkup_EmitsNoControlExceptSgrAndCrLf(ColorMode mode, int seed)
    {
        var random = new Random(seed);
        const string alphabet = "|||rRgx[n/hu0155a \u00e9\x1b\u0007\t\r\n\0\u007f\u0085\u009b\uD800";

        for (int i = 0; i < 2000; i++)
        {
            string markup = new(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            string output = MarkupRenderer.RenderToString(markup, mode);

            // Remove what the renderer itself may emit; nothing controlling may remain.
            string rest = Sgr().Replace(output, string.Empty).Replace("\r\n", string.Empty, StringComparison.Ordinal);
            Assert.False(rest.Any(char.IsControl), $"markup {Escape(markup)} rendered a control: {Escape(output)}");
            if (mode == ColorMode.None)
            {
                Assert.DoesNotContain('\x1b', output);
            }
        }
    }

    [GeneratedRegex("\x1b\\[[0-9;]*m")]
    private static partial Regex Sgr();

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.ToString();
    }
}
