using Mud.Oob;
using Mud.WebPortal.Components.Pages.Play;

namespace Mud.Tests.Web.Play;

[Trait("Category", "Unit")]
public sealed class ChannelFeedTests
{
    [Fact]
    public void ChannelListAndLines_FillTheFeed_AndRoomTalkIsNotAChannel()
    {
        var feed = new ChannelFeed();

        Assert.True(feed.Apply(OobMessage.Of("Comm.Channel.List", OobValue.List(
            OobValue.Table(new OobField("name", OobValue.Of("public")), new OobField("caption", OobValue.Of("Public")), new OobField("command", OobValue.Of("pub"))),
            OobValue.Table(new OobField("name", OobValue.Of("staff")))))));
        Assert.True(feed.Apply(Line("public", "Alice", "[Public] Alice: <b>hi</b>")));
        Assert.False(feed.Apply(Line("say", "Alice", "Alice says, \"hi\"")));
        Assert.False(feed.Apply(OobMessage.WithKwargs("Char.Vitals", new OobField("hp", OobValue.Of(1)))));

        Assert.Equal([new ChannelTab("public", "Public", "pub"), new ChannelTab("staff", "staff", "staff")], feed.Channels.ToArray());
        Assert.Equal([new ChannelEntry(1, "public", "Alice", "[Public] Alice: <b>hi</b>")], feed.Lines.ToArray());
        Assert.Equal(1, feed.Received);
    }

    [Fact]
    public void ALineWithoutItsText_IsIgnored()
    {
        var feed = new ChannelFeed();

        Assert.False(feed.Apply(OobMessage.WithKwargs("Comm.Channel.Text", new OobField("channel", OobValue.Of("public")))));
        Assert.Empty(feed.Lines);
    }

    [Fact]
    public void PastItsCapacity_TheOldestLinesGo_AndEveryLineIsStillCounted()
    {
        var feed = new ChannelFeed(capacity: 2);

        for (var i = 1; i <= 3; i++)
        {
            feed.Apply(Line("public", "Bren", $"line {i}"));
        }

        Assert.Equal(["line 2", "line 3"], feed.Lines.Select(l => l.Text).ToArray());
        Assert.Equal(3, feed.Received);
    }

    private static OobMessage Line(string channel, string talker, string text) => OobMessage.WithKwargs(
        "Comm.Channel.Text",
        new OobField("channel", OobValue.Of(channel)),
        new OobField("talker", OobValue.Of(talker)),
        new OobField("text", OobValue.Of(text)));
}
