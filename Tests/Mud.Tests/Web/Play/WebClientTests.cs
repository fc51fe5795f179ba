using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Mud.Oob;
using Mud.WebPortal.Components.Pages.Play;

namespace Mud.Tests.Web.Play;

/// <summary>The web client's rendering and input line, as bUnit renders the component.</summary>
[Trait("Category", "Unit")]
public sealed class WebClientTests : IDisposable
{
    private readonly BunitContext _context = new();

    public WebClientTests() => _context.JSInterop.Mode = JSRuntimeMode.Loose;

    public void Dispose() => _context.Dispose();

    [Fact]
    public void Output_ShowsColoursAsSpans_AndPlayerHtmlAsText()
    {
        var scrollback = new Scrollback();
        scrollback.AddMarkup("|cThe Square|n");
        scrollback.AddMarkup($"Mallory says, \"{Mud.Text.Markup.Escape("<img src=x onerror=alert(1)>|rpwned")}\"");

        var client = _context.Render<WebClient>(p => p.Add(c => c.Lines, scrollback.Lines));

        var lines = client.FindAll("#output .line");
        Assert.Equal("fg14", lines[0].QuerySelector("span")!.ClassName);
        Assert.Equal("The Square", lines[0].TextContent);
        Assert.Empty(client.FindAll("#output img"));
        Assert.Equal("Mallory says, \"<img src=x onerror=alert(1)>|rpwned\"", lines[1].TextContent);
        Assert.Null(lines[1].QuerySelector("span"));
    }

    [Fact]
    public void Enter_SendsTheLine_AndUpBringsItBack()
    {
        var sent = new List<string>();
        var client = _context.Render<WebClient>(p => p
            .Add(c => c.Lines, [])
            .Add(c => c.OnSend, line => sent.Add(line)));

        client.Find("#command-input").Change("look fountain");
        client.Find("form.input-line").Submit();
        client.Find("#command-input").Change("say hi");
        client.Find("form.input-line").Submit();
        client.Find("#command-input").KeyDown(new KeyboardEventArgs { Key = "ArrowUp" });
        client.Find("#command-input").KeyDown(new KeyboardEventArgs { Key = "ArrowUp" });

        Assert.Equal(["look fountain", "say hi"], sent);
        Assert.Equal("look fountain", client.Find("#command-input").GetAttribute("value"));
        client.Find("#command-input").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        Assert.Equal("say hi", client.Find("#command-input").GetAttribute("value"));
    }

    [Fact]
    public void APasswordPrompt_HidesTheInput_AndKeepsItOutOfTheHistory()
    {
        var client = _context.Render<WebClient>(p => p.Add(c => c.Lines, []).Add(c => c.InputHidden, true));

        client.Find("#command-input").Change("s3cretpw");
        client.Find("form.input-line").Submit();
        client.Find("#command-input").KeyDown(new KeyboardEventArgs { Key = "ArrowUp" });

        Assert.Equal("password", client.Find("#command-input").GetAttribute("type"));
        Assert.Empty(client.Instance.History.Lines);
    }

    [Fact]
    public void ThePanel_ShowsBarsAtTheirShare_TheRoomAndItsExitsAsButtons()
    {
        var sent = new List<string>();
        var panel = new PlayPanel("Aldra", new Vital(30, 120), new Vital(50, 50), "Village Square", "Millbrook", ["n", "e"]);

        var client = _context.Render<WebClient>(p => p.Add(c => c.Lines, []).Add(c => c.Panel, panel).Add(c => c.OnSend, line => sent.Add(line)));

        Assert.Equal("width:25%", client.Find("#health-fill").GetAttribute("style"));
        Assert.Equal("30 / 120", client.Find("#health-value").TextContent);
        Assert.Equal("width:100%", client.Find("#mana-fill").GetAttribute("style"));
        Assert.Equal("Village Square", client.Find("#panel-room").TextContent);
        Assert.Equal("east", client.FindAll("#panel-exits button")[1].TextContent);
        client.FindAll("#panel-exits button")[1].Click();
        Assert.Equal(["e"], sent);
    }

    [Fact]
    public void ThePanel_ListsWhatIsCarried_AndWhoAndWhatIsHere_WithNamesAsText()
    {
        var panel = new PlayPanel(
            "Aldra",
            Inventory: [new PanelItem("#1", "a <b>bold</b> loaf", false)],
            RoomItems: [new PanelItem("#2", "a wooden bucket", true)],
            Players: ["Aldra", "Bren"]);

        var client = _context.Render<WebClient>(p => p.Add(c => c.Lines, []).Add(c => c.Panel, panel));

        Assert.Equal(["a <b>bold</b> loaf"], client.FindAll("#panel-inventory li").Select(li => li.TextContent));
        Assert.Contains("a &lt;b&gt;bold&lt;/b&gt; loaf", client.Find("#panel-inventory").InnerHtml, StringComparison.Ordinal);
        Assert.Equal(["Bren", "a wooden bucket"], client.FindAll("#panel-here li").Select(li => li.TextContent));
    }

    [Fact]
    public void AnEmptyPanel_SaysNothingIsCarriedOrHere()
    {
        var client = _context.Render<WebClient>(p => p.Add(c => c.Lines, []).Add(c => c.Panel, new PlayPanel("Aldra", Players: ["Aldra"])));

        Assert.Equal("Nothing", client.Find("#panel-inventory").TextContent);
        Assert.Equal("Nothing and nobody", client.Find("#panel-here").TextContent);
    }

    [Fact]
    public void AnEndedSession_SaysWhy_AndStopsTheInput()
    {
        var client = _context.Render<WebClient>(p => p.Add(c => c.Lines, []).Add(c => c.Ended, "Goodbye."));

        Assert.Equal("Goodbye.", client.Find("#session-ended").TextContent);
        Assert.True(client.Find("#command-input").HasAttribute("disabled"));
    }

    [Fact]
    public void TheChannelsTab_CountsLinesUnread_ShowsThemAsText_AndTalksWithTheChannelsCommand()
    {
        var sent = new List<string>();
        var feed = new ChannelFeed();
        feed.Apply(OobMessage.Of("Comm.Channel.List", OobValue.List(
            OobValue.Table(new OobField("name", OobValue.Of("public")), new OobField("caption", OobValue.Of("Public")), new OobField("command", OobValue.Of("pub"))))));
        feed.Apply(OobMessage.WithKwargs("Comm.Channel.Text",
            new OobField("channel", OobValue.Of("public")), new OobField("talker", OobValue.Of("Mallory")), new OobField("text", OobValue.Of("[Public] Mallory: <img src=x>"))));

        var client = _context.Render<WebClient>(p => p.Add(c => c.Lines, []).Add(c => c.Channels, feed).Add(c => c.OnSend, line => sent.Add(line)));

        Assert.True(client.Find("#channels").HasAttribute("hidden"));
        Assert.Equal("1", client.Find("#channels-unread").TextContent);
        client.Find("#tab-channels").Click();
        Assert.False(client.Find("#channels").HasAttribute("hidden"));
        Assert.True(client.Find("#output").HasAttribute("hidden"));
        Assert.Empty(client.FindAll("#channels-unread"));
        Assert.Equal(["[Public] Mallory: <img src=x>"], client.FindAll("#channel-lines .line").Select(l => l.TextContent));
        Assert.Empty(client.FindAll("#channel-lines img"));
        Assert.Contains("Public", client.Find("#channel-list").TextContent, StringComparison.Ordinal);
        client.Find("#channel-text").Change("hello all");
        client.Find("form.channel-input").Submit();
        Assert.Equal(["pub hello all"], sent);
        client.Find("#tab-game").Click();
        Assert.Empty(client.FindAll("#channels-unread"));
    }
}
