using Mud.Text;
using Mud.WebPortal.Rendering;

namespace Mud.Tests.Web.Rendering;

[Trait("Category", "Unit")]
public sealed class HtmlMarkupRendererTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("|rred|n plain", "<span class=\"fg9\">red</span> plain")]
    [InlineData("|Rdark red", "<span class=\"fg1\">dark red</span>")]
    [InlineData("|h|gbold green|n", "<span class=\"b fg10\">bold green</span>")]
    [InlineData("|[b|wwhite on blue", "<span class=\"fg15 bg12\">white on blue</span>")]
    [InlineData("|500orange|n", "<span style=\"color:#ff0000\">orange</span>")]
    [InlineData("|[050green ground", "<span style=\"background-color:#00ff00\">green ground</span>")]
    [InlineData("|r|g|ygreen then yellow", "<span class=\"fg11\">green then yellow</span>")]
    [InlineData("one|/two", "one\ntwo")]
    [InlineData("a || bar", "a | bar")]
    [InlineData("|rcolour with nothing after|n", "<span class=\"fg9\">colour with nothing after</span>")]
    [InlineData("|r|n", "")]
    public void Markup_BecomesSpansOfClassesAndColours(string markup, string html) =>
        Assert.Equal(html, HtmlMarkupRenderer.ToHtml(markup));

    [Fact]
    public void Text_IsHtmlEncoded_SoGameOutputCannotAddElements()
    {
        var html = HtmlMarkupRenderer.ToHtml("|w<script>alert('x')</script> & \"quotes\" <img src=x onerror=alert(1)>|n");

        Assert.Equal("<span class=\"fg15\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; &lt;img src=x onerror=alert(1)&gt;</span>", html);
    }

    [Fact]
    public void EscapedPlayerText_ShowsItsCodesLiterally_AndCannotColourAnything()
    {
        var said = $"You say, \"{Markup.Escape("|rred <b>")}\"";

        Assert.Equal("You say, &quot;|rred &lt;b&gt;&quot;", HtmlMarkupRenderer.ToHtml(said));
    }

    [Fact]
    public void ControlCharacters_AreDropped_TabsBecomeSpaces_NewLinesStay()
    {
        Assert.Equal("bell esc[31m tab  line\nnext", HtmlMarkupRenderer.ToHtml("bell\u0007 esc\u001b[31m tab\t line\nnext\u0000"));
    }
}
