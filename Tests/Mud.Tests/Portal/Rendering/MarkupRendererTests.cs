using System.Buffers;
using Mud.Portal.Rendering;
using Mud.Portal.Telnet;
using Mud.Text;

namespace Mud.Tests.Portal.Rendering;

[Trait("Category", "Unit")]
public sealed class MarkupRendererTests
{
    private const string Esc = "\x1b";

    [Theory]
    [InlineData(ColorMode.None, "Hello world")]
    [InlineData(ColorMode.Ansi16, Esc + "[91mHello" + Esc + "[0m world")]
    [InlineData(ColorMode.Xterm256, Esc + "[91mHello" + Esc + "[0m world")]
    public void Render_ColourThenReset_InEachMode(ColorMode mode, string expected)
    {
        Assert.Equal(expected, MarkupRenderer.RenderToString("|rHello|n world", mode));
    }

    [Theory]
    [InlineData("|xX", "90")]
    [InlineData("|XX", "30")]
    [InlineData("|rX", "91")]
    [InlineData("|RX", "31")]
    [InlineData("|gX", "92")]
    [InlineData("|GX", "32")]
    [InlineData("|yX", "93")]
    [InlineData("|YX", "33")]
    [InlineData("|bX", "94")]
    [InlineData("|BX", "34")]
    [InlineData("|mX", "95")]
    [InlineData("|MX", "35")]
    [InlineData("|cX", "96")]
    [InlineData("|CX", "36")]
    [InlineData("|wX", "97")]
    [InlineData("|WX", "37")]
    [InlineData("|[rX", "101")]
    [InlineData("|[RX", "41")]
    [InlineData("|[XX", "40")]
    [InlineData("|[wX", "107")]
    [InlineData("|hX", "1")]
    [InlineData("|uX", "4")]
    public void Render_Ansi16Codes_UseTheClassicSgrNumbers(string markup, string sgr)
    {
        Assert.Equal($"{Esc}[{sgr}mX{Esc}[0m", MarkupRenderer.RenderToString(markup, ColorMode.Ansi16));
    }

    [Theory]
    [InlineData("|500X", "38;5;196")]
    [InlineData("|000X", "38;5;16")]
    [InlineData("|555X", "38;5;231")]
    [InlineData("|[431X", "48;5;179")]
    [InlineData("|rX", "91")]
    public void Render_Xterm256_UsesPaletteCodesForTheCube(string markup, string sgr)
    {
        Assert.Equal($"{Esc}[{sgr}mX{Esc}[0m", MarkupRenderer.RenderToString(markup, ColorMode.Xterm256));
    }

    [Theory]
    [InlineData("|500X", "91")]
    [InlineData("|300X", "31")]
    [InlineData("|050X", "92")]
    [InlineData("|550X", "93")]
    [InlineData("|555X", "97")]
    [InlineData("|000X", "30")]
    [InlineData("|222X", "90")]
    [InlineData("|[005X", "44")]
    [InlineData("|[055X", "106")]
    public void Render_Xterm256InAnsi16_IsDowngradedToTheNearestColour(string markup, string sgr)
    {
        Assert.Equal($"{Esc}[{sgr}mX{Esc}[0m", MarkupRenderer.RenderToString(markup, ColorMode.Ansi16));
    }

    [Fact]
    public void Render_SameColourAfterDowngrade_IsNotRepeated()
    {
        Assert.Equal($"{Esc}[91mAB{Esc}[0m", MarkupRenderer.RenderToString("|500A|rB", ColorMode.Ansi16));
    }

    [Fact]
    public void Render_SeveralCodesBeforeText_BecomeOneSequence()
    {
        Assert.Equal($"{Esc}[1;4;92;44mX{Esc}[0m", MarkupRenderer.RenderToString("|h|u|r|g|[BX", ColorMode.Ansi16));
    }

    [Fact]
    public void Render_ColourChangeKeepingBold_SendsOnlyTheChange()
    {
        Assert.Equal($"{Esc}[1;91mA{Esc}[31mB{Esc}[0m", MarkupRenderer.RenderToString("|h|rA|RB", ColorMode.Ansi16));
    }

    [Fact]
    public void Render_TurningBoldOff_ResetsAndReappliesTheRest()
    {
        Assert.Equal($"{Esc}[1;91mA{Esc}[0;91mB{Esc}[0m", MarkupRenderer.RenderToString("|h|rA|n|rB", ColorMode.Ansi16));
    }

    [Theory]
    [InlineData("|rA")]
    [InlineData("|rA|/")]
    [InlineData("|[rA")]
    [InlineData("|uA")]
    [InlineData("|hA|n")]
    public void Render_AttributesStillOnAtTheEnd_AreReset(string markup)
    {
        Assert.EndsWith($"{Esc}[0m", MarkupRenderer.RenderToString(markup, ColorMode.Ansi16), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("|r|n")]
    [InlineData("|r|g|h|u")]
    [InlineData("plain")]
    public void Render_NoAttributeBeforeText_EmitsNoEscape(string markup)
    {
        Assert.DoesNotContain(Esc, MarkupRenderer.RenderToString(markup, ColorMode.Xterm256), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ColorMode.None)]
    [InlineData(ColorMode.Ansi16)]
    [InlineData(ColorMode.Xterm256)]
    public void Render_LiteralsAndNewLines_AreTheSameInEveryMode(ColorMode mode)
    {
        Assert.Equal("a|b\r\nc\r\nd|z|[|5|", MarkupRenderer.RenderToString("a||b|/c\nd|z|[|5|", mode));
    }

    [Fact]
    public void Render_None_StripsEveryCode()
    {
        Assert.Equal("Hello world", MarkupRenderer.RenderToString("|h|u|r|[B|500|[123Hello|n world", ColorMode.None));
    }

    [Theory]
    [InlineData(ColorMode.None)]
    [InlineData(ColorMode.Ansi16)]
    [InlineData(ColorMode.Xterm256)]
    public void Render_EscapedPlayerText_ShowsMarkupLiterallyAndNoEscapeReachesOutput(ColorMode mode)
    {
        string said = Markup.Escape("|rhi \x1b[2J\x1b]0;pwned\x07 \u009b31m|");

        string output = MarkupRenderer.RenderToString($"You say, '{said}'", mode);

        Assert.Equal("You say, '|rhi [2J]0;pwned 31m|'", output);
    }

    [Fact]
    public void Render_ControlCharactersInGameText_AreRemovedAsDefenceInDepth()
    {
        string output = MarkupRenderer.RenderToString("|ra\x1b[2Jb\u0007\u009bc\rd", ColorMode.Ansi16);

        Assert.Equal($"{Esc}[91ma[2Jbcd{Esc}[0m", output);
    }

    [Fact]
    public void Render_IntoABufferWriter_WritesUtf8()
    {
        var output = new ArrayBufferWriter<byte>();

        MarkupRenderer.Render("|gcaf\u00e9|/", ColorMode.Ansi16, output);

        Assert.Equal("\x1b[92mcaf\u00e9\r\n\x1b[0m"u8.ToArray(), output.WrittenSpan.ToArray());
    }

    [Fact]
    public void Render_ForALatin1Client_ReplacesWhatLatin1Lacks()
    {
        var output = new ArrayBufferWriter<byte>();

        MarkupRenderer.Render("caf\u00e9 \u2192 |rok", ColorMode.Ansi16, output, TelnetCharset.Latin1);

        Assert.Equal([.. "caf"u8, 0xE9, .. " ? \x1b[91mok\x1b[0m"u8], output.WrittenSpan.ToArray());
    }
}
