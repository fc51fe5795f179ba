using Mud.Text;

namespace Mud.Tests.Text;

[Trait("Category", "Unit")]
public sealed class MarkupTests
{
    [Theory]
    [InlineData("|x", Markup.TokenKind.Foreground, 8)]
    [InlineData("|X", Markup.TokenKind.Foreground, 0)]
    [InlineData("|r", Markup.TokenKind.Foreground, 9)]
    [InlineData("|R", Markup.TokenKind.Foreground, 1)]
    [InlineData("|w", Markup.TokenKind.Foreground, 15)]
    [InlineData("|W", Markup.TokenKind.Foreground, 7)]
    [InlineData("|[c", Markup.TokenKind.Background, 14)]
    [InlineData("|[C", Markup.TokenKind.Background, 6)]
    [InlineData("|500", Markup.TokenKind.Foreground, 196)]
    [InlineData("|123", Markup.TokenKind.Foreground, 67)]
    [InlineData("|[431", Markup.TokenKind.Background, 179)]
    [InlineData("|n", Markup.TokenKind.Reset, 0)]
    [InlineData("|h", Markup.TokenKind.Bold, 0)]
    [InlineData("|u", Markup.TokenKind.Underline, 0)]
    [InlineData("|/", Markup.TokenKind.NewLine, 0)]
    public void Tokenize_EachCode_IsOneToken(string markup, Markup.TokenKind kind, int color)
    {
        var tokens = Tokens(markup);

        Assert.Equal([(kind, "", color)], tokens);
    }

    [Fact]
    public void Tokenize_TextAndCodes_AreSeparated()
    {
        var tokens = Tokens("You |rsee||!");

        Assert.Equal(
            [
                (Markup.TokenKind.Text, "You ", 0),
                (Markup.TokenKind.Foreground, "", 9),
                (Markup.TokenKind.Text, "see", 0),
                (Markup.TokenKind.Text, "|", 0),
                (Markup.TokenKind.Text, "!", 0),
            ],
            tokens);
    }

    [Theory]
    [InlineData("|")]
    [InlineData("|z")]
    [InlineData("|[")]
    [InlineData("|[z")]
    [InlineData("|5")]
    [InlineData("|56")]
    [InlineData("|567")]
    [InlineData("|[55")]
    [InlineData("|=a")]
    [InlineData("|\u00e9")]
    public void Strip_UnknownOrIncompleteCodes_AreKeptLiterally(string markup)
    {
        Assert.Equal(markup, Markup.Strip(markup));
    }

    [Fact]
    public void Strip_RemovesCodesAndResolvesLiterals()
    {
        Assert.Equal("Hello world|!\nx", Markup.Strip("|h|rHello|n |[b|500world||!|/x"));
    }

    [Fact]
    public void Strip_TextWithoutMarkers_ReturnsTheSameString()
    {
        string text = "plain text";

        Assert.Same(text, Markup.Strip(text));
    }

    [Theory]
    [InlineData("a|b", "a||b")]
    [InlineData("|r||", "||r||||")]
    [InlineData("tab\there", "tab here")]
    [InlineData("esc\x1b[31m", "esc[31m")]
    [InlineData("c1\u009b2J\u0085", "c12J")]
    [InlineData("bell\u0007 del\u007f nul\0 nl\r\n", "bell del nul nl")]
    [InlineData("caf\u00e9 \U0001F600", "caf\u00e9 \U0001F600")]
    public void Escape_DoublesMarkersAndRemovesControls(string text, string expected)
    {
        Assert.Equal(expected, Markup.Escape(text));
    }

    [Theory]
    [InlineData("left\u202Etfel", "lefttfel")]
    [InlineData("a\u2066b\u2069c\u200Fd\u061Ce", "abcde")]
    [InlineData("zero\u200Bwidth\u200C\u200D\u2060\uFEFFjoin", "zerowidthjoin")]
    [InlineData("soft\u00ADhyphen", "softhyphen")]
    [InlineData("tag\U000E0041\U000E007Fs", "tags")]
    [InlineData("line\u2028para\u2029end", "line para end")]
    public void Escape_RemovesBidiOverridesAndInvisibleFormatCharacters_AndSeparatorsBecomeSpaces(string text, string expected)
    {
        Assert.Equal(expected, Markup.Escape(text));
    }

    [Fact]
    public void SanitizeInput_RemovesBidiOverridesAndZeroWidthCharacters()
    {
        Assert.Equal("say |rhi there", Markup.SanitizeInput("say \u202E|rhi\u200B\u2028there"));
    }

    [Fact]
    public void Escape_KeepsPairedSurrogatesOutsideFormatCharacters_AndDropsLoneSurrogates()
    {
        Assert.Equal("a\U0001F600b", Markup.Escape("a\U0001F600b"));
        Assert.Equal("ab", Markup.Escape("a\uD800b"));
    }

    [Fact]
    public void Escape_CleanText_ReturnsTheSameString()
    {
        string text = "Hello, world!";

        Assert.Same(text, Markup.Escape(text));
    }

    [Fact]
    public void SanitizeInput_RemovesControlsButKeepsMarkers()
    {
        Assert.Equal("say |rhi there", Markup.SanitizeInput("say |rhi\tthere\x1b\u0007"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Escape_AnyText_StripsBackToTheSanitizedText(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "|rRn[5/ab\x1b\u0007\t\u009b\u00e9\u202e\u200b\u2028";
        for (int i = 0; i < 500; i++)
        {
            string text = new(Enumerable.Range(0, random.Next(0, 20)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(Markup.SanitizeInput(text), Markup.Strip(Markup.Escape(text)));
        }
    }

    [Fact]
    public void PublicMethods_RejectNull()
    {
        Assert.Throws<ArgumentNullException>(() => Markup.Escape(null!));
        Assert.Throws<ArgumentNullException>(() => Markup.Strip(null!));
        Assert.Throws<ArgumentNullException>(() => Markup.SanitizeInput(null!));
    }

    private static List<(Markup.TokenKind Kind, string Text, int Color)> Tokens(string markup)
    {
        var tokens = new List<(Markup.TokenKind, string, int)>();
        foreach (Markup.Token token in Markup.Tokenize(markup))
        {
            tokens.Add((token.Kind, token.Text.ToString(), token.Color));
        }

        return tokens;
    }
}
