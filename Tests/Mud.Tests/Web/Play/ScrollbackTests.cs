using Mud.WebPortal.Components.Pages.Play;

namespace Mud.Tests.Web.Play;

[Trait("Category", "Unit")]
public sealed class ScrollbackTests
{
    [Fact]
    public void OldestLines_GoPastTheCapacity()
    {
        var scrollback = new Scrollback(capacity: 3);
        for (var i = 1; i <= 5; i++)
        {
            scrollback.AddMarkup($"line {i}");
        }

        Assert.Equal(["line 3", "line 4", "line 5"], scrollback.Lines.Select(l => l.Html));
        Assert.Equal([3L, 4L, 5L], scrollback.Lines.Select(l => l.Id));
    }

    [Fact]
    public void EchoedInput_ShowsMarkupAndHtmlLiterally()
    {
        var scrollback = new Scrollback();

        scrollback.AddEcho("say |rhi <b>");

        var line = Assert.Single(scrollback.Lines);
        Assert.Equal(("say |rhi &lt;b&gt;", OutputKind.Echo), (line.Html, line.Kind));
    }
}
