namespace Mud.Tests.Grains.Community;

[Collection(CommunityClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ChannelStaffCommandTests(CommunityClusterFixture cluster) : CommunityTestBase(cluster)
{
    [Fact]
    public async Task ChannelCreate_MakesAChannelWithAliases_ThatPlayersFindInTheList()
    {
        var (staff, _) = await NewStaffAsync();
        var name = "Ch" + TestPlayer.UniqueName()[1..9];
        var alias = "a" + TestPlayer.UniqueName()[1..6];

        await staff.TypeAsync($"@ccreate {name};{alias} = Talk about |rthings.");
        await staff.WaitForAsync($"Channel {name} created.");
        var (player, playerName) = await NewAccountAsync();
        await player.TypeAsync("channels");
        var list = await player.WaitForAsync(name);
        await player.TypeAsync($"join {alias}");
        await player.WaitForAsync($"You join {name}. Talk on it with {alias} <message>.");
        await player.TypeAsync($"{alias} through the alias");

        await player.WaitForAsync($"[{name}] {playerName}: through the alias");
        Assert.Contains($"{name} ({alias}) - Talk about |rthings.", list, StringComparison.Ordinal);
        Assert.DoesNotContain("[listen:", list, StringComparison.Ordinal);
        await staff.TypeAsync("channels");
        var staffList = await staff.WaitForAsync("Channels (");
        Assert.Contains($"{name} ({alias}) - Talk about |rthings. [listen: anyone, speak: anyone, admin: staff]", staffList, StringComparison.Ordinal);
        Assert.Contains("Staff - The staff's own channel. [listen: staff, speak: staff, admin: staff]", staffList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelCreate_WithWrongArguments_OrTakenOrBadNames_SaysWhy()
    {
        var (staff, _) = await NewStaffAsync();

        string[] usages = ["@ccreate", "@ccreate Foo", "@ccreate Foo =", "@ccreate = described", "@ccreate Foo;;bar = x"];
        foreach (var line in usages)
        {
            await staff.TypeAsync(line);
        }

        await staff.TypeAsync("@ccreate 1abc = x");
        await staff.WaitForAsync("A channel name or alias must start with a letter and have only letters and digits.");
        await staff.TypeAsync("@ccreate Averyveryverylongname = x");
        await staff.WaitForAsync("must be 2 to 16 characters long");
        await staff.TypeAsync("@ccreate Look = x");
        await staff.WaitForAsync("'Look' is already a command.");
        await staff.TypeAsync("@ccreate Fresh;pub = x");
        await staff.WaitForAsync("'pub' already names the channel Public.");
        await staff.TypeAsync("@ccreate Fresh;fresh = x");
        await staff.WaitForAsync("A channel's name and aliases must all differ.");
        await WaitForCountAsync(staff, t => t.Contains("Usage: @ccreate <name>[;<alias>...] = <description>", StringComparison.Ordinal), usages.Length);
    }

    [Fact]
    public async Task StaffCommands_AreRefusedToPlayers()
    {
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync("@ccreate Mine = my own");
        await player.TypeAsync("@cdestroy pub");
        await player.TypeAsync("@cset pub/speak = staff");

        await player.WaitForAsync("Only Admin and above may use @ccreate.");
        await player.WaitForAsync("Only Admin and above may use @cdestroy.");
        await player.WaitForAsync("Only Admin and above may use @cset.");
    }

    [Fact]
    public async Task ChannelSet_SpeakToStaff_LeavesPlayersListeningButSilent()
    {
        var (staff, staffName) = await NewStaffAsync();
        var channel = await NewChannelAsync(staff);
        await staff.TypeAsync($"join {channel}");
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync($"join {channel}");

        await staff.TypeAsync($"@cset {channel}/speak = staff");
        await staff.WaitForAsync($"On {channel}, speak is now open to staff.");
        await player.TypeAsync($"{channel} may I?");
        await player.WaitForAsync($"You may not speak on {channel}.");
        var announcement = Unique("announce");
        await staff.TypeAsync($"{channel} {announcement}");

        await player.WaitForAsync($"[{channel}] {staffName}: {announcement}");
    }

    [Fact]
    public async Task ChannelSet_ListenToStaff_ShutsPlayersOut()
    {
        var (staff, _) = await NewStaffAsync();
        var channel = await NewChannelAsync(staff);
        await staff.TypeAsync($"join {channel}");
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync($"join {channel}");

        await staff.TypeAsync($"@cset {channel}/listen = staff");

        await player.WaitForAsync($"[{channel}] You can no longer hear this channel.");
        var hidden = Unique("hidden");
        await staff.TypeAsync($"{channel} {hidden}");
        await staff.WaitForAsync(hidden);
        await FenceAsync(player);
        Assert.False(player.HasReceived(hidden));
        await player.TypeAsync("channels");
        await player.WaitForAsync("Channels");
        Assert.DoesNotContain(player.Received, t => t.StartsWith("Channels", StringComparison.Ordinal) && t.Contains(channel, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelSet_WithWrongArguments_SaysWhy()
    {
        var (staff, _) = await NewStaffAsync();

        string[] usages = ["@cset", "@cset pub", "@cset pub/speak", "@cset pub = staff", "@cset pub/shout = staff", "@cset pub/speak = wizards"];
        foreach (var line in usages)
        {
            await staff.TypeAsync(line);
        }

        await staff.TypeAsync("@cset nosuchchannel/speak = staff");
        await staff.WaitForAsync("There is no channel called nosuchchannel.");
        await WaitForCountAsync(staff, t => t.Contains("Usage: @cset <channel>/<listen|speak|admin> = <anyone|staff>", StringComparison.Ordinal), usages.Length);
    }

    [Fact]
    public async Task ChannelDestroy_TellsListeners_AndTheirListsForgetIt()
    {
        var (staff, _) = await NewStaffAsync();
        var channel = await NewChannelAsync(staff);
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync($"join {channel}");
        await player.WaitForAsync("You join");

        await staff.TypeAsync($"@cdestroy {channel}");

        await staff.WaitForAsync($"Channel {channel} destroyed.");
        await player.WaitForAsync($"[{channel}] This channel has been destroyed.");
        await player.TypeAsync("channels");
        await player.WaitForAsync("Channels");
        await player.TypeAsync($"{channel} anyone?");
        await player.WaitForAsync($"Unknown command '{channel.ToLowerInvariant()}'");
        await player.TypeAsync($"join {channel}");
        await player.WaitForAsync($"There is no channel called {channel}.");
    }

    [Fact]
    public async Task TalkingOnAChannelDestroyedWhileAway_TakesItOffTheList()
    {
        var (staff, _) = await NewStaffAsync();
        var channel = await NewChannelAsync(staff);
        var (player, name) = await NewAccountAsync();
        await player.TypeAsync($"join {channel}");
        await player.TypeAsync("quit");
        await staff.TypeAsync($"@cdestroy {channel}");
        await staff.WaitForAsync($"Channel {channel} destroyed.");
        var back = await LogInAsync(name);

        await back.TypeAsync($"{channel} hello?");

        await back.WaitForAsync($"The channel {channel} no longer exists; you are off it now.");
        Assert.DoesNotContain(await Account(name).GetChannelsAsync(), c => c.Name == channel);
    }

    [Fact]
    public async Task ChannelDestroy_WithWrongArguments_SaysWhy()
    {
        var (staff, _) = await NewStaffAsync();

        await staff.TypeAsync("@cdestroy");
        await staff.WaitForAsync("Usage: @cdestroy <channel>");
        await staff.TypeAsync("@cdestroy two words");
        await staff.TypeAsync("@cdestroy nosuchchannel");

        await staff.WaitForAsync("There is no channel called nosuchchannel.");
        await WaitForCountAsync(staff, t => t.Contains("Usage: @cdestroy <channel>", StringComparison.Ordinal), 2);
    }
}
