using Mud.Accounts;
using Mud.Characters;
using Mud.Sessions;

namespace Mud.Tests.Grains;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class GameGrainTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    [Fact]
    public async Task Open_ShowsTheConnectionScreen()
    {
        var player = await ConnectAsync();
        await player.WaitForAsync("connect <name> <password>");
    }

    [Fact]
    public async Task CreateThenConnect_PuppetsACharacterOfTheSameNameInTheStartRoom()
    {
        var (player, name) = await NewAccountAsync();

        await player.WaitForAsync("Millbrook Village Square");
        var character = await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).GetInfoAsync();
        Assert.NotNull(character);
        Assert.Equal("village-square", character.Location.Value);
        Assert.True(character.Online);
        var account = await Client.GetGrain<IAccountGrain>(name.ToLowerInvariant()).GetInfoAsync();
        Assert.Equal(name, Assert.Single(account!.Characters));
    }

    [Fact]
    public async Task Create_WithATakenName_IsRefused()
    {
        var name = TestPlayer.UniqueName();
        var player = await ConnectAsync();
        await player.TypeAsync($"create {name} s3cretpw");
        await player.TypeAsync($"create {name.ToUpperInvariant()} otherpass");
        await player.WaitForAsync("is taken");
    }

    [Theory]
    [InlineData("create ab s3cretpw", "3 to 20 letters")]
    [InlineData("create bad_name s3cretpw", "only contain the letters")]
    [InlineData("create admin s3cretpw", "reserved")]
    [InlineData("create", "Usage: create <name> <password>")]
    public async Task Create_WithBadInput_SaysWhatIsWrong(string line, string expected)
    {
        var player = await ConnectAsync();
        await player.TypeAsync(line);
        await player.WaitForAsync(expected);
    }

    [Fact]
    public async Task Create_WithAShortPassword_IsRefused()
    {
        var player = await ConnectAsync();
        await player.TypeAsync($"create {TestPlayer.UniqueName()} short");
        await player.WaitForAsync("at least 8 characters");
    }

    [Fact]
    public async Task Connect_WithAWrongPassword_IsRefused_ThenLockedOut()
    {
        var name = TestPlayer.UniqueName();
        var player = await ConnectAsync("10.9.8." + Random.Shared.Next(1, 250));
        await player.TypeAsync($"create {name} s3cretpw");
        await player.TypeAsync($"connect {name} wrongpass");
        await player.WaitForAsync("Wrong name or password.");
        await player.TypeAsync($"connect {name} wrongpass");
        await player.TypeAsync($"connect {name} wrongpass");
        await player.WaitForAsync("Too many failed logins");

        // Even the right password is refused while locked out.
        player.ClearReceived();
        await player.TypeAsync($"connect {name} s3cretpw");
        await player.WaitForAsync("Too many failed logins");
        Assert.DoesNotContain(player.Received, line => line.Contains("Welcome", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedLoginsFromElsewhere_LockOutTheAttackersAddress_ButNotTheOwner()
    {
        var name = TestPlayer.UniqueName();
        var owner = await ConnectAsync("10.7.6." + Random.Shared.Next(1, 250));
        await owner.TypeAsync($"create {name} s3cretpw");
        await owner.WaitForAsync("created");
        var attacker = await ConnectAsync("10.6.5." + Random.Shared.Next(1, 250));
        await attacker.TypeAsync($"connect {name} guessing1");
        await attacker.TypeAsync($"connect {name} guessing2");
        await attacker.TypeAsync($"connect {name} guessing3");
        await attacker.WaitForAsync("Too many failed logins");

        await owner.TypeAsync($"connect {name} s3cretpw");
        await owner.WaitForAsync($"Welcome, {name}.");
    }

    [Fact]
    public async Task Connect_WithNameOnly_PromptsForPasswordWithEchoOff()
    {
        var name = TestPlayer.UniqueName();
        var player = await ConnectAsync();
        await player.TypeAsync($"create {name} s3cretpw");
        await player.TypeAsync($"connect {name}");
        await player.WaitForAsync("Password:");
        await player.WaitForAsync("InputEchoOutput { Hidden = True }");
        var received = player.Received.ToList();
        Assert.True(
            received.IndexOf("InputEchoOutput { Hidden = True }") < received.FindIndex(t => t.StartsWith("Password:", StringComparison.Ordinal)),
            "echo should go off before the password prompt shows: " + string.Join(" | ", received));
        await player.TypeAsync("s3cretpw");
        await player.WaitForAsync("InputEchoOutput { Hidden = False }");
        await player.WaitForAsync($"Welcome, {name}");
    }

    [Fact]
    public async Task Say_InRoom_IsHeardByEveryoneInRoomOnly()
    {
        var (alice, aliceName) = await NewAccountAsync();
        var (bob, _) = await NewAccountAsync();
        var (carol, _) = await NewAccountAsync();
        await carol.TypeAsync("north");
        await carol.WaitForAsync("The Crooked Lantern");

        var words = "hello " + Guid.NewGuid().ToString("N");
        await alice.TypeAsync("say " + words);

        await alice.WaitForAsync($"You say, \"{words}\"");
        await bob.WaitForAsync($"{aliceName} says, \"{words}\"");
        await carol.TypeAsync("look");
        await carol.WaitForAsync("Exits:");
        Assert.DoesNotContain(carol.Received, line => line.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Move_AnnouncesDepartureAndArrival_AndStoresTheNewRoom()
    {
        var (walker, walkerName) = await NewAccountAsync();
        var (watcher, _) = await NewAccountAsync();
        var (greeter, _) = await NewAccountAsync();
        await greeter.TypeAsync("n");
        await greeter.WaitForAsync("The Crooked Lantern");

        await walker.TypeAsync("north");

        await walker.WaitForAsync("The Crooked Lantern");
        await watcher.WaitForAsync($"{walkerName} leaves north.");
        await greeter.WaitForAsync($"{walkerName} arrives from the south.");
        var info = await Client.GetGrain<ICharacterGrain>(walkerName.ToLowerInvariant()).GetInfoAsync();
        Assert.Equal("crooked-lantern", info!.Location.Value);
    }

    [Fact]
    public async Task Move_ByNamedExit_Works()
    {
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync("west");
        await player.WaitForAsync("Temple Steps");
        await player.TypeAsync("temple");
        await player.WaitForAsync("Temple of the Quiet Flame");
    }

    [Fact]
    public async Task Move_WhereThereIsNoExit_SaysSo()
    {
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync("up");
        await player.WaitForAsync("You can't go 'up' from here.");
    }

    [Fact]
    public async Task Look_AtAThing_DescribesIt()
    {
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync("look fountain");
        await player.WaitForAsync("A stone fish spits");
        await player.TypeAsync("look at dragon");
        await player.WaitForAsync("You see no 'dragon' here.");
    }

    [Fact]
    public async Task UnknownCommand_SuggestsTheNearestOne()
    {
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync("lok");
        await player.WaitForAsync("Unknown command 'lok'. Did you mean look");
    }

    [Fact]
    public async Task PlayerText_WithMarkup_IsEscaped()
    {
        var (alice, _) = await NewAccountAsync();
        await alice.TypeAsync("say |rred|n");
        await alice.WaitForAsync("You say, \"|rred|n\"");
    }

    [Fact]
    public async Task Help_ListsCommands_AndExplainsOne()
    {
        var (player, _) = await NewAccountAsync();
        await player.TypeAsync("help");
        await player.WaitForAsync("Say something to everyone in the room.");
        await player.TypeAsync("help say");
        await player.WaitForAsync("Everyone in the room hears you.");
    }

    [Fact]
    public async Task Quit_LeavesTheGame_AndTheRoomIsTold()
    {
        var (leaver, leaverName) = await NewAccountAsync();
        var (watcher, _) = await NewAccountAsync();

        await leaver.TypeAsync("quit");

        await leaver.WaitForAsync("Goodbye");
        await watcher.WaitForAsync($"{leaverName} has left the game.");
        var online = await Client.GetGrain<IPresenceGrain>(0).GetOnlineAsync();
        Assert.DoesNotContain(online, o => o.Name == leaverName);
    }

    [Fact]
    public async Task Resume_AfterTheClusterForgotTheSession_KeepsPlaying()
    {
        var (player, name) = await NewAccountAsync();
        await player.TypeAsync("north");
        await player.WaitForAsync("The Crooked Lantern");

        // The front end gives what it knows of the client with the resume, since the session kept it only in memory.
        Assert.True(await player.Session.ResumeAsync(Observer, new ClientDetails("Mudlet 4.17", 100, Colour: true)));
        Assert.Equal("Mudlet 4.17", (await player.Session.GetSummaryAsync()).ClientName);
        await player.TypeAsync("look");

        var online = await Client.GetGrain<IPresenceGrain>(0).GetOnlineAsync();
        Assert.Contains(online, o => o.Name == name);
        Assert.False(await Client.GetGrain<ISessionGrain>("never-opened").ResumeAsync(Observer, null));
    }
}
