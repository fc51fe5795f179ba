using Mud.Help;
using Mud.Sessions;
using Mud.Tests.Grains;

namespace Mud.Tests.Help;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class HelpGrainTests(GameClusterFixture cluster)
{
    [Fact]
    public async Task Entries_AreTheInGameHelp_EachCommandOnce_WithWhereItWorks()
    {
        var entries = await cluster.Client.GetGrain<IHelpGrain>(0).GetEntriesAsync();

        var help = Assert.Single(entries, e => e.Key == "help");
        Assert.Equal(["login", "account"], help.UsableWhen.ToArray());
        Assert.Contains("?", help.Aliases);
        var say = Assert.Single(entries, e => e.Key == "say");
        Assert.Equal(["character"], say.UsableWhen.ToArray());
        Assert.Equal(3, entries.Count(e => e.Key == "look"));
        Assert.Contains(entries, e => e.Key == "describe");
    }

    [Fact]
    public async Task AnEntry_ReadsAsInGameHelpForIt()
    {
        var portal = new RecordingPortal();
        var observer = cluster.Client.CreateObjectReference<IPortalObserver>(portal);
        var (player, _) = await TestPlayer.LoggedInAsync(cluster.Client, portal, observer);
        var say = (await cluster.Client.GetGrain<IHelpGrain>(0).GetEntriesAsync()).Single(e => e.Key == "say");

        await player.TypeAsync("help say");

        await player.WaitForAsync(Mud.Text.Markup.Strip(say.Help).Split('\n')[0]);
        await player.WaitForAsync(say.Summary);
        cluster.Client.DeleteObjectReference<IPortalObserver>(observer);
    }
}
