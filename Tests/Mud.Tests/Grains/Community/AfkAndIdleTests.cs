using Mud.Characters;

namespace Mud.Tests.Grains.Community;

[Collection(CommunityClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class AfkAndIdleTests(CommunityClusterFixture cluster) : CommunityTestBase(cluster)
{
    [Fact]
    public async Task Afk_ShowsInWho_UntilThePlayerTypesAgain()
    {
        var (player, name) = await NewAccountAsync();
        var (watcher, _) = await NewAccountAsync();

        await player.TypeAsync("afk making |rtea");
        await player.WaitForAsync("You are away from the keyboard: making |rtea.");
        await watcher.TypeAsync("who");
        var who = await watcher.WaitForAsync("in the game:");
        Assert.Contains(who.Split('\n'), l => l.Contains(name, StringComparison.Ordinal) && l.EndsWith("(AFK: making |rtea)", StringComparison.Ordinal));

        await player.TypeAsync("look");
        await player.WaitForAsync("You are back at the keyboard.");
        watcher.ClearReceived();
        await watcher.TypeAsync("who");
        who = await watcher.WaitForAsync("in the game:");
        Assert.DoesNotContain(who.Split('\n'), l => l.Contains(name, StringComparison.Ordinal) && l.Contains("AFK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Afk_WithATooLongMessage_OrOutOfCharacter_SaysWhy()
    {
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync($"afk {new string('x', 81)}");
        await player.WaitForAsync("Usage: afk [message], the message at most 80 characters.");
        await player.TypeAsync("ooc");
        await player.TypeAsync("afk");

        await player.WaitForAsync("You are not playing a character");
    }

    [Fact]
    public async Task Who_ShowsHowLongSinceAPlayerLastTyped_FromAMinuteOn()
    {
        var (watcher, watcherName) = await NewAccountAsync();
        var presence = Client.GetGrain<IPresenceGrain>(0);
        var dozing = TestPlayer.UniqueName();
        var now = DateTimeOffset.UtcNow;
        await presence.ArriveAsync(new OnlineCharacter(dozing, now - TimeSpan.FromMinutes(30), LastActive: now - TimeSpan.FromSeconds(305)));
        try
        {
            await watcher.TypeAsync("who");

            var who = await watcher.WaitForAsync("in the game:");
            Assert.Contains(who.Split('\n'), l => l.Contains(dozing, StringComparison.Ordinal) && l.EndsWith(", idle 5m", StringComparison.Ordinal));
            Assert.DoesNotContain(who.Split('\n'), l => l.Contains(watcherName, StringComparison.Ordinal) && l.Contains("idle", StringComparison.Ordinal));
        }
        finally
        {
            await presence.DepartAsync(dozing);
        }
    }

    [Fact]
    public async Task TypingALine_TellsPresenceThePlayerIsActive()
    {
        var (player, name) = await NewAccountAsync();
        var presence = Client.GetGrain<IPresenceGrain>(0);
        var before = (await presence.GetOnlineAsync()).Single(o => o.Name == name).LastActive;
        await Task.Delay(20);

        await player.TypeAsync("look");

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while ((await presence.GetOnlineAsync()).Single(o => o.Name == name).LastActive <= before)
        {
            Assert.True(DateTime.UtcNow < deadline, "presence never heard that the player typed");
            await Task.Delay(50);
        }
    }
}
