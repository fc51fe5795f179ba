using Mud.Accounts;
using Mud.Characters;
using Mud.Characters.Creation;

namespace Mud.Tests.Grains;

/// <summary>Mode 1 (the default): every session of an account shares one puppet.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SharedPuppetModeTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    [Fact]
    public async Task SecondSession_SharesThePuppet_AndBothSeeItsOutput()
    {
        var (first, name) = await NewAccountAsync();
        var second = await LogInAsync(name);
        await second.WaitForAsync("Millbrook Village Square");

        await second.TypeAsync("say one voice");

        await first.WaitForAsync("You say, \"one voice\"");
        await second.WaitForAsync("You say, \"one voice\"");
        var overview = await Account(name).GetOverviewAsync();
        Assert.All(overview.Sessions, s => Assert.Equal(name.ToLowerInvariant(), s.PuppetKey));
    }

    [Fact]
    public async Task PuppetingAnotherCharacter_MovesEverySession()
    {
        var (first, name) = await NewAccountAsync();
        var second = await LogInAsync(name);
        var other = TestPlayer.UniqueName();
        await first.TypeAsync($"charcreate {other} = A tall stranger.");
        await first.WaitForAsync($"Character {other} created");

        await first.TypeAsync($"ic {other}");

        await first.WaitForAsync($"You become {other}");
        await second.WaitForAsync($"You become {other}");
        Assert.False((await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).GetInfoAsync())!.Online);
        Assert.True((await Client.GetGrain<ICharacterGrain>(other.ToLowerInvariant()).GetInfoAsync())!.Online);
    }

    [Fact]
    public async Task OneSessionDropping_LeavesTheOtherPlaying_AndTheRoomUntold()
    {
        var (watcher, _) = await NewAccountAsync();
        var (first, name) = await NewAccountAsync();
        var second = await LogInAsync(name);

        await first.Session.CloseAsync();
        await second.TypeAsync("say still here");

        await watcher.WaitForAsync($"{name} says, \"still here\"");
        Assert.False(watcher.HasReceived($"{name} has left the game."));
        Assert.Single((await Account(name).GetOverviewAsync()).Sessions);
    }

    [Fact]
    public async Task RacingLogins_BothSucceed_SharingThePuppet()
    {
        var (first, name) = await NewAccountAsync();
        await first.TypeAsync("ooc");
        var sessions = await Task.WhenAll(ConnectAsync(), ConnectAsync());

        await Task.WhenAll(sessions.Select(s => s.TypeAsync($"connect {name} s3cretpw")));

        var overview = await Account(name).GetOverviewAsync();
        Assert.Equal(3, overview.Sessions.Length);
        Assert.Single(overview.Sessions.Select(s => s.PuppetKey).Distinct());
    }

    [Fact]
    public async Task AccountMessages_ReachEverySession_InOrOutOfCharacter()
    {
        var (first, name) = await NewAccountAsync();
        var second = await LogInAsync(name);
        await second.TypeAsync("ooc");
        await second.WaitForAsync("You are out of character now.");
        var (pager, pagerName) = await NewAccountAsync();

        await pager.TypeAsync($"page {name} = ring ring");

        await pager.WaitForAsync($"You page {name}: ring ring");
        await first.WaitForAsync($"{pagerName} pages: ring ring");
        await second.WaitForAsync($"{pagerName} pages: ring ring");
    }

    [Fact]
    public async Task AnotherAccountsCharacter_CannotBePuppeted_ExceptByAnAdministratorsPossess()
    {
        var (owner, ownerName) = await NewAccountAsync();
        var (intruder, _) = await NewAccountAsync();
        await owner.TypeAsync("ooc");
        await owner.WaitForAsync("You are out of character now.");

        await intruder.TypeAsync($"ic {ownerName}");
        await intruder.WaitForAsync($"You have no character called {ownerName}");
        await intruder.TypeAsync($"possess {ownerName}");
        await intruder.WaitForAsync("Only Admin and above may use possess");

        Assert.False((await Client.GetGrain<ICharacterGrain>(ownerName.ToLowerInvariant()).GetInfoAsync())!.Online);
    }

    [Fact]
    public async Task Sessions_ListsEachSessionWithItsNumberAndPuppet()
    {
        var (first, name) = await NewAccountAsync();
        var second = await LogInAsync(name);

        await second.TypeAsync("sessions");

        var listing = await second.WaitForAsync("Sessions:");
        Assert.Contains("#1", listing, StringComparison.Ordinal);
        Assert.Contains("#2 (this session)", listing, StringComparison.Ordinal);
        Assert.Contains($"playing {name}", listing, StringComparison.Ordinal);
        Assert.Contains("from 127.0.0.1", listing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuitAll_ClosesEverySessionOfTheAccount()
    {
        var (first, name) = await NewAccountAsync();
        var second = await LogInAsync(name);

        await second.TypeAsync("quit all");

        await first.WaitForAsync("You quit all your sessions from another connection.");
        await second.WaitForAsync("Goodbye");
        Assert.Empty((await Account(name).GetOverviewAsync()).Sessions);
        Assert.False((await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).GetInfoAsync())!.Online);
    }

    [Fact]
    public async Task LookOutOfCharacter_ShowsTheAccountItsCharactersAndSessions()
    {
        var (player, name) = await NewAccountAsync();

        await player.TypeAsync("ooc");

        var look = await player.WaitForAsync("(out of character)");
        Assert.Contains($"Account {name}", look, StringComparison.Ordinal);
        Assert.Contains("Characters:", look, StringComparison.Ordinal);
        Assert.Contains("#1 (this session)", look, StringComparison.Ordinal);
    }
}

/// <summary>Mode 0: one session per account; a new login takes over.</summary>
[Collection(Mode0ClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class OneSessionModeTests(Mode0ClusterFixture cluster) : PlayerTestBase(cluster)
{
    [Fact]
    public async Task SecondLogin_TakesOver_WithTheSamePuppet_AndTheRoomSeesNothing()
    {
        var (watcher, _) = await NewAccountAsync();
        var (first, name) = await NewAccountAsync();

        var second = await LogInAsync(name);

        await first.WaitForAsync("Your account has been logged in from another connection");
        await second.WaitForAsync("Millbrook Village Square");
        await second.TypeAsync("say taken over");
        await watcher.WaitForAsync($"{name} says, \"taken over\"");
        Assert.False(watcher.HasReceived($"{name} has left the game."));
        var session = Assert.Single((await Account(name).GetOverviewAsync()).Sessions);
        Assert.Equal(second.SessionId, session.SessionId);
    }

    [Fact]
    public async Task RacingLogins_EndWithExactlyOneSession()
    {
        var (first, name) = await NewAccountAsync();
        var racers = await Task.WhenAll(ConnectAsync(), ConnectAsync());

        await Task.WhenAll(racers.Select(r => r.TypeAsync($"connect {name} s3cretpw")));

        var session = Assert.Single((await Account(name).GetOverviewAsync()).Sessions);
        Assert.Contains(session.SessionId, racers.Select(r => r.SessionId));
        Assert.Equal(name.ToLowerInvariant(), session.PuppetKey);
        await first.WaitForAsync("logged in from another connection");
    }

    [Fact]
    public async Task ASecondCharacter_IsRefused()
    {
        var (player, _) = await NewAccountAsync();

        await player.TypeAsync($"charcreate {TestPlayer.UniqueName()}");

        await player.WaitForAsync("An account has one character here");
    }
}

/// <summary>Mode 2: each session its own character, each character one session.</summary>
[Collection(Mode2ClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PuppetPerSessionModeTests(Mode2ClusterFixture cluster) : PlayerTestBase(cluster)
{
    [Fact]
    public async Task TwoSessions_PlayTwoCharacters_EachSeeingOnlyItsOwn()
    {
        var (first, name) = await NewAccountAsync();
        var other = TestPlayer.UniqueName();
        await first.TypeAsync($"charcreate {other}");
        await first.WaitForAsync($"Character {other} created");

        var second = await LogInAsync(name);
        await second.WaitForAsync($"You become {other}");
        await first.TypeAsync("north");
        await first.WaitForAsync("The Crooked Lantern");
        await second.TypeAsync("say only mine");
        await second.WaitForAsync("You say, \"only mine\"");
        await FenceAsync(first);

        Assert.False(first.HasReceived("only mine"));
        Assert.Equal("crooked-lantern", (await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).GetInfoAsync())!.Location.Value);
        Assert.Equal("village-square", (await Client.GetGrain<ICharacterGrain>(other.ToLowerInvariant()).GetInfoAsync())!.Location.Value);
    }

    [Fact]
    public async Task PuppetingACharacterPlayedInAnotherSession_IsRefused()
    {
        var (first, name) = await NewAccountAsync();
        var second = await LogInAsync(name);
        await second.WaitForAsync("(out of character)");

        await second.TypeAsync($"ic {name}");

        await second.WaitForAsync($"{name} is already being played in your session #1");
        Assert.Null(await Account(name).GetPuppetOfAsync(second.SessionId));
    }

    [Fact]
    public async Task RacingPuppetRequests_GiveTheCharacterToExactlyOneSession()
    {
        var (first, name) = await NewAccountAsync();
        var other = TestPlayer.UniqueName();
        await first.TypeAsync($"charcreate {other}");
        await first.TypeAsync("ooc");
        var racers = await Task.WhenAll(LogInAsync(name), LogInAsync(name));

        await Task.WhenAll(racers.Select(r => r.TypeAsync($"ic {other}")));

        var overview = await Account(name).GetOverviewAsync();
        Assert.Single(overview.Sessions, s => s.PuppetKey == other.ToLowerInvariant());
        Assert.Equal(overview.Sessions.Length, overview.Sessions.Where(s => s.PuppetKey is not null).Select(s => s.PuppetKey).Distinct().Count()
            + overview.Sessions.Count(s => s.PuppetKey is null));
    }

    [Fact]
    public async Task CharDelete_IsRefusedWhilePlayed_AndAskedToConfirmOtherwise()
    {
        var (first, name) = await NewAccountAsync();
        var other = TestPlayer.UniqueName();
        await first.TypeAsync($"charcreate {other}");
        var second = await LogInAsync(name);
        await second.WaitForAsync($"You become {other}");

        await first.TypeAsync($"chardelete {other}");
        await first.WaitForAsync("Type yes to confirm");
        await first.TypeAsync("yes");
        await first.WaitForAsync($"{other} is being played right now");

        await second.TypeAsync("ooc");
        await second.WaitForAsync("You are out of character now.");
        await first.TypeAsync($"chardelete {other}");
        await first.TypeAsync("no");
        await first.WaitForAsync("Cancelled.");
        await first.TypeAsync($"chardelete {other}");
        await first.TypeAsync("yes");
        await first.WaitForAsync($"{other} is gone.");

        Assert.Null(await Client.GetGrain<ICharacterGrain>(other.ToLowerInvariant()).GetInfoAsync());
        Assert.DoesNotContain(other, (await Account(name).GetInfoAsync())!.Characters);
    }

    [Fact]
    public async Task ACharacterMadeElsewhere_AsTheWebDoes_IsAtOnceThisSessionsToPlayAndDelete()
    {
        var (session, name) = await NewAccountAsync();
        var other = TestPlayer.UniqueName();
        var options = await Client.GetGrain<ICharacterCreationGrain>(0).GetOptionsAsync();
        Assert.True((await Account(name).CreateCharacterAsync(options.DefaultDraft(other))).Succeeded);

        await session.TypeAsync("characters");
        await session.WaitForAsync(other);
        await session.TypeAsync($"chardelete {other}");
        await session.WaitForAsync($"Delete {other} for ever?");
        await session.TypeAsync("no");
        await session.TypeAsync($"ic {other}");
        await session.WaitForAsync($"You become {other}");
    }

    [Fact]
    public async Task AnAdministrator_MayPossessACharacterNobodyPlays()
    {
        var (owner, ownerName) = await NewAccountAsync();
        await owner.TypeAsync("quit");
        var admin = await ConnectAsync();
        await admin.TypeAsync($"create {MultisessionClusterFixture.AdministratorName} s3cretpw");
        await Client.GetGrain<IAccountGrain>(MultisessionClusterFixture.AdministratorName.ToLowerInvariant()).SetLevelAsync(PermissionLevel.Admin);
        await admin.TypeAsync($"connect {MultisessionClusterFixture.AdministratorName} s3cretpw");
        await admin.WaitForAsync("Welcome");

        await admin.TypeAsync($"possess {ownerName}");

        await admin.WaitForAsync($"You become {ownerName}");
        Assert.True((await Client.GetGrain<ICharacterGrain>(ownerName.ToLowerInvariant()).GetInfoAsync())!.Online);
    }
}

/// <summary>Mode 3: sessions may share characters or play different ones; and a link-dead grace period.</summary>
[Collection(Mode3ClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SharedCharactersModeTests(Mode3ClusterFixture cluster) : PlayerTestBase(cluster)
{
    [Fact]
    public async Task TwoSessions_MayPlayTheSameCharacter_AndBothSeeItsOutput()
    {
        var (first, name) = await NewAccountAsync();
        var second = await LogInAsync(name);
        await second.WaitForAsync($"You become {name}");

        await first.TypeAsync("say we are one");

        await second.WaitForAsync("You say, \"we are one\"");
    }

    [Fact]
    public async Task ADroppedLink_KeepsTheCharacterInTheWorld_UntilTheGracePeriodEnds()
    {
        var (watcher, _) = await NewAccountAsync();
        var (player, name) = await NewAccountAsync();

        await player.Session.CloseAsync();

        await watcher.WaitForAsync($"{name} falls still, staring into nothing");
        await watcher.WaitForAsync($"{name} has left the game.");
        Assert.False((await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).GetInfoAsync())!.Online);
    }

    [Fact]
    public async Task ReconnectingWithinTheGracePeriod_WakesTheCharacter()
    {
        var (watcher, _) = await NewAccountAsync();
        var (player, name) = await NewAccountAsync();
        await player.Session.CloseAsync();
        await watcher.WaitForAsync($"{name} falls still");

        var again = await LogInAsync(name);

        await watcher.WaitForAsync($"{name} wakes up: the link is back.");
        await again.TypeAsync("say back again");
        await watcher.WaitForAsync($"{name} says, \"back again\"");
        Assert.False(watcher.HasReceived($"{name} has left the game."));
    }
}
