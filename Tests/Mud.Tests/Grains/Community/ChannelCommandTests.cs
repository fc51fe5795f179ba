using Microsoft.Extensions.DependencyInjection;
using Mud.Accounts;
using Mud.Channels;
using Orleans.Storage;

namespace Mud.Tests.Grains.Community;

[Collection(CommunityClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ChannelCommandTests(CommunityClusterFixture cluster) : CommunityTestBase(cluster)
{
    [Fact]
    public async Task NewAccount_IsOnPublic_AndChannelsListsIt_WithoutTheStaffChannel()
    {
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync("channels");

        var line = await player.WaitForAsync("Public (pub)");
        Assert.StartsWith(" * Public", line.Split('\n').First(l => l.Contains("Public", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain(player.Received, t => t.Contains("Staff", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TalkingByAliasOrName_ReachesEverySessionOfEveryListener_InOrOutOfCharacter()
    {
        var (listener, listenerName) = await NewAccountAsync();
        var second = await LogInAsync(listenerName);
        await second.TypeAsync("ooc");
        var (speaker, speakerName) = await NewAccountAsync();
        var first = Unique("hello");
        var again = Unique("again");

        await speaker.TypeAsync($"pub {first}");
        await speaker.TypeAsync($"public {again}");

        foreach (var player in new[] { listener, second, speaker })
        {
            await player.WaitForAsync($"[Public] {speakerName}: {first}");
            await player.WaitForAsync($"[Public] {speakerName}: {again}");
        }
    }

    [Fact]
    public async Task APose_ReadsAsAnAction_AndMarkupTypedIsShownLiterally()
    {
        var (listener, _) = await NewAccountAsync();
        var (speaker, speakerName) = await NewAccountAsync();
        var word = Unique("waves");

        await speaker.TypeAsync($"pub :{word} |rred");

        await listener.WaitForAsync($"[Public] {speakerName} {word} |rred");
    }

    [Fact]
    public async Task TalkingWithNothingToSay_GetsAUsageLine()
    {
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync("pub");
        await player.TypeAsync("pub :");

        await WaitForCountAsync(player, t => t.StartsWith("Usage: pub <message>, or pub :<pose> to act.", StringComparison.Ordinal), 2);
    }

    [Fact]
    public async Task AWordThatIsNeitherCommandNorChannel_IsStillAnUnknownCommand()
    {
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync("ooc");

        await player.TypeAsync("frobnicate now");

        await player.WaitForAsync("Unknown command 'frobnicate'");
    }

    [Fact]
    public async Task Joining_StartsHearing_AndLeaving_Stops()
    {
        var (staff, _) = await NewStaffAsync();
        var channel = await NewChannelAsync(staff);
        await staff.TypeAsync($"join {channel}");
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync($"join {channel.ToLowerInvariant()}");
        await player.WaitForAsync($"You join {channel}. Talk on it with {channel.ToLowerInvariant()} <message>.");
        var heard = Unique("heard");
        await staff.TypeAsync($"{channel} {heard}");
        await player.WaitForAsync(heard);

        await player.TypeAsync($"leave {channel}");
        await player.WaitForAsync($"You leave {channel}.");
        var unheard = Unique("unheard");
        await staff.TypeAsync($"{channel} {unheard}");
        await staff.WaitForAsync(unheard);
        await FenceAsync(player);
        Assert.False(player.HasReceived(unheard));

        await player.TypeAsync($"{channel} hello");
        await player.WaitForAsync($"Unknown command '{channel.ToLowerInvariant()}'");
    }

    [Fact]
    public async Task JoinAndLeave_WithWrongArguments_SayWhy()
    {
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync("join");
        await player.WaitForAsync("Usage: join <channel>");
        await player.TypeAsync("join two words");
        await player.TypeAsync("join nosuchchannel");
        await player.WaitForAsync("There is no channel called nosuchchannel.");
        await player.TypeAsync("join pub");
        await player.WaitForAsync("You are already on Public.");
        await player.TypeAsync("leave");
        await player.WaitForAsync("Usage: leave <channel>");
        await player.TypeAsync("leave nosuchchannel");
        await player.WaitForAsync("You are not on a channel called nosuchchannel.");
        await WaitForCountAsync(player, t => t.Contains("Usage: join <channel>", StringComparison.Ordinal), 2);
    }

    [Fact]
    public async Task StaffChannel_IsClosedToPlayers_AndOpenToStaff()
    {
        var (player, _) = await NewAccountAsync();
        var (staff, staffName) = await NewStaffAsync();

        await player.TypeAsync("join staff");
        await player.WaitForAsync("You may not listen to Staff.");
        await player.TypeAsync("history staff");
        await player.WaitForAsync("You may not read Staff.");

        await staff.TypeAsync("join staff");
        await staff.WaitForAsync("You join Staff.");
        var secret = Unique("secret");
        await staff.TypeAsync($"staff {secret}");
        await staff.WaitForAsync($"[Staff] {staffName}: {secret}");
    }

    [Fact]
    public async Task Muting_SilencesTheChannel_UntilUnmuted_AndMutedTalkIsRefused()
    {
        var (player, _) = await NewAccountAsync();
        var (speaker, _) = await NewAccountAsync();

        await player.TypeAsync("mute pub");
        await player.WaitForAsync("You mute Public");
        var muted = Unique("muted");
        await speaker.TypeAsync($"pub {muted}");
        await speaker.WaitForAsync(muted);
        await FenceAsync(player);
        Assert.False(player.HasReceived(muted));
        await player.TypeAsync("pub hello");
        await player.WaitForAsync("You have muted Public. Type unmute public");

        await player.TypeAsync("unmute public");
        await player.WaitForAsync("You unmute Public.");
        var heard = Unique("heard");
        await speaker.TypeAsync($"pub {heard}");
        await player.WaitForAsync(heard);
    }

    [Fact]
    public async Task MuteAndUnmute_WithWrongArguments_SayWhy()
    {
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync("mute");
        await player.WaitForAsync("Usage: mute <channel>");
        await player.TypeAsync("unmute");
        await player.WaitForAsync("Usage: unmute <channel>");
        await player.TypeAsync("mute nosuchchannel");
        await player.WaitForAsync("You are not on a channel called nosuchchannel.");
        await player.TypeAsync("unmute pub");
        await player.WaitForAsync("Public is not muted.");
        await player.TypeAsync("mute pub");
        await player.TypeAsync("mute pub");
        await player.WaitForAsync("Public is already muted.");
    }

    [Fact]
    public async Task History_ShowsTheLastLines_KeepsOnlyTheConfiguredNumber_AndIsStored()
    {
        var (staff, _) = await NewStaffAsync();
        var channel = await NewChannelAsync(staff);
        await staff.TypeAsync($"join {channel}");
        var said = Enumerable.Range(1, CommunityClusterFixture.HistorySize + 2).Select(i => Unique($"line{i}x")).ToList();
        foreach (var line in said)
        {
            await staff.TypeAsync($"{channel} {line}");
        }

        // A reader who is not on the channel, so only history shows it the lines.
        var (reader, _) = await NewAccountAsync();
        await reader.TypeAsync($"history {channel}");
        var all = await reader.WaitForAsync(said[^1]);
        Assert.DoesNotContain(said[1], all, StringComparison.Ordinal);
        Assert.Contains(said[2], all, StringComparison.Ordinal);

        reader.ClearReceived();
        await reader.TypeAsync($"history {channel} 2");
        var two = await reader.WaitForAsync(said[^1]);
        Assert.Equal([said[^2], said[^1]], two.Split('\n').Select(l => l[(l.LastIndexOf(' ') + 1)..]));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while ((await StoredHistoryAsync(channel)).LastOrDefault()?.Markup.Contains(said[^1], StringComparison.Ordinal) != true)
        {
            Assert.True(DateTime.UtcNow < deadline, "the channel's history was never written");
            await Task.Delay(100);
        }

        Assert.Equal(CommunityClusterFixture.HistorySize, (await StoredHistoryAsync(channel)).Count);
    }

    [Fact]
    public async Task History_WithWrongArguments_SaysWhy()
    {
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync("history");
        await player.TypeAsync("history pub many");
        await player.TypeAsync("history pub 0");
        await player.TypeAsync("history pub 1 2");
        await player.TypeAsync("history nosuchchannel");

        await player.WaitForAsync("There is no channel called nosuchchannel.");
        await WaitForCountAsync(player, t => t.Contains("Usage: history <channel> [lines]", StringComparison.Ordinal), 4);
    }

    [Fact]
    public async Task Subscriptions_AreStoredWithTheAccount()
    {
        var (staff, _) = await NewStaffAsync();
        var channel = await NewChannelAsync(staff);
        var (player, name) = await NewAccountAsync();

        await player.TypeAsync($"join {channel}");
        await player.TypeAsync("mute pub");
        await player.WaitForAsync("You mute Public");

        var storage = Cluster.SiloServices.GetRequiredKeyedService<IGrainStorage>("store");
        var state = new GrainState<AccountState>();
        await storage.ReadStateAsync("account", GrainId.Create("account", name.ToLowerInvariant()), state);
        Assert.Equal(["Public", channel], state.State!.Channels.Select(c => c.Name));
        Assert.True(state.State.Channels[0].Muted);
    }

    [Fact]
    public async Task AChannelThatForgotItsListeners_HearsThemAgain_WhenTheirSessionsResume()
    {
        var (staff, _) = await NewStaffAsync();
        var channel = await NewChannelAsync(staff);
        var (player, name) = await NewAccountAsync();
        await player.TypeAsync($"join {channel}");
        await player.WaitForAsync("You join");

        // What a new activation after a silo restart knows: nobody.
        var grain = Client.GetGrain<IChannelGrain>(channel.ToLowerInvariant());
        await grain.StopListeningAsync(name.ToLowerInvariant());
        await WaitForListenersAsync(grain, 0);

        Assert.True(await player.Session.ResumeAsync(Observer, null));

        var back = Unique("back");
        await staff.TypeAsync($"join {channel}");
        await staff.TypeAsync($"{channel} {back}");
        await player.WaitForAsync(back);
    }

    [Fact]
    public async Task LoggingOut_StopsTheChannelHoldingTheSession()
    {
        var (staff, _) = await NewStaffAsync();
        var channel = await NewChannelAsync(staff);
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync($"join {channel}");
        await player.WaitForAsync("You join");
        var grain = Client.GetGrain<IChannelGrain>(channel.ToLowerInvariant());
        await WaitForListenersAsync(grain, 1);

        await player.TypeAsync("quit");

        await WaitForListenersAsync(grain, 0);
    }

    private static async Task WaitForListenersAsync(IChannelGrain channel, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (await channel.CountListenersAsync() != count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the channel never had {count} listening accounts");
            await Task.Delay(50);
        }
    }

    private async Task<List<ChannelLine>> StoredHistoryAsync(string channel)
    {
        var storage = Cluster.SiloServices.GetRequiredKeyedService<IGrainStorage>("store");
        var state = new GrainState<ChannelState>();
        await storage.ReadStateAsync("channel", GrainId.Create("channel", channel.ToLowerInvariant()), state);
        return state.State?.History ?? [];
    }
}
