using System.Collections.Immutable;
using Mud.Accounts;
using Mud.Characters;
using Mud.Characters.Creation;
using Mud.Sessions;
using Mud.Tests.Grains;
using Mud.World;

namespace Mud.Tests.Characters.Creation;

/// <summary>Creating, deleting and describing characters through the account grain, as the web site and the game do.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class CharacterCreationGrainTests(GameClusterFixture cluster) : IDisposable
{
    private readonly RecordingPortal _portal = new();
    private IPortalObserver? _observer;

    private IClusterClient Client => cluster.Client;

    private IPortalObserver Observer => _observer ??= Client.CreateObjectReference<IPortalObserver>(_portal);

    private ICharacterCreationGrain Creation => Client.GetGrain<ICharacterCreationGrain>(0);

    public void Dispose()
    {
        if (_observer is not null)
        {
            Client.DeleteObjectReference<IPortalObserver>(_observer);
        }
    }

    [Fact]
    public async Task CreateCharacter_FromAWizardDraft_StoresRaceClassStatsAndDescription_AndItCanBePlayed()
    {
        var account = await NewAccountAsync();
        var name = TestPlayer.UniqueName();
        var draft = new CharacterDraft(name, "dwarf", "cleric", ImmutableDictionary<string, int>.Empty.Add("spirit", 4), "A dwarf with a |rred|n beard.");

        var result = await account.Grain.CreateCharacterAsync(draft);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(name, result.CharacterName);
        var profile = await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetProfileAsync();
        Assert.NotNull(profile);
        Assert.Equal(("dwarf", "cleric"), (profile.Race, profile.Class));
        Assert.Equal(8 + 4, profile.Stats["spirit"]);
        Assert.Equal(8 + 2, profile.Stats["constitution"]);
        Assert.Equal("A dwarf with a |rred|n beard.", profile.Info.Description);
        Assert.Equal(account.Name, profile.Info.AccountName);
        Assert.Contains(name, (await account.Grain.GetInfoAsync())!.Characters);
    }

    [Fact]
    public async Task LogInVerified_LogsTheSessionInWithoutAPassword_AndPuppetsAsConnectDoes()
    {
        var account = await NewAccountAsync();
        var player = await TestPlayer.ConnectAsync(Client, _portal, Observer);

        Assert.True(await player.Session.LogInVerifiedAsync(account.Name.ToLowerInvariant()));

        await player.WaitForAsync($"Welcome, {account.Name}.");
        await player.WaitForAsync("Exits:");
        Assert.True((await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(account.Name)).GetInfoAsync())!.Online);
        var stranger = await TestPlayer.ConnectAsync(Client, _portal, Observer);
        Assert.False(await stranger.Session.LogInVerifiedAsync(TestPlayer.UniqueName()));
    }

    [Fact]
    public async Task ACharacterCreatedThroughTheAccount_IsPuppetedAtLogin_AndItsDescriptionIsEscapedInTheGame()
    {
        var name = TestPlayer.UniqueName();
        var account = await NewAccountAsync(withCharacter: false);
        var created = await account.Grain.CreateCharacterAsync(new CharacterDraft(name, "elf", "ranger", ImmutableDictionary<string, int>.Empty, "Green |rcloak|n."));
        Assert.True(created.Succeeded, created.Message);
        var (looker, _) = await TestPlayer.LoggedInAsync(Client, _portal, Observer);

        var player = await TestPlayer.ConnectAsync(Client, _portal, Observer);
        await player.TypeAsync($"connect {account.Name} s3cretpw");
        await player.WaitForAsync("Exits:");
        await looker.WaitForAsync($"{name} has entered the game.");
        await looker.TypeAsync($"look {name}");

        // Escaped markup shows the codes as typed rather than colouring anything.
        await looker.WaitForAsync("Green |rcloak|n.");
    }

    [Fact]
    public async Task CreateCharacter_WithATakenName_OrAnotherAccountsName_IsRefused()
    {
        var first = await NewAccountAsync();
        var second = await NewAccountAsync();
        var options = await Creation.GetOptionsAsync();

        var taken = await second.Grain.CreateCharacterAsync(options.DefaultDraft(first.Name));
        var ownName = await second.Grain.CreateCharacterAsync(options.DefaultDraft(second.Name));

        Assert.Equal((false, CreationField.Name), (taken.Succeeded, taken.Field));
        Assert.Equal($"The name '{first.Name}' is taken.", taken.Message);
        Assert.False(ownName.Succeeded, "the account's own auto-created character already has its name");
        var accountOnly = await NewAccountAsync(withCharacter: false);
        var stolen = await second.Grain.CreateCharacterAsync(options.DefaultDraft(accountOnly.Name));
        Assert.Equal($"The name '{accountOnly.Name}' belongs to another account.", stolen.Message);
        Assert.True((await accountOnly.Grain.CreateCharacterAsync(options.DefaultDraft(accountOnly.Name))).Succeeded);
    }

    [Fact]
    public async Task CreateCharacter_WithACraftedOverBudgetDraft_IsRefused_AndNothingIsCreated()
    {
        var account = await NewAccountAsync();
        var name = TestPlayer.UniqueName();
        var points = ImmutableDictionary<string, int>.Empty.Add("strength", 5).Add("agility", 5).Add("spirit", 5);

        var result = await account.Grain.CreateCharacterAsync(new CharacterDraft(name, "human", "warrior", points, ""));

        Assert.Equal((false, CreationField.Stats), (result.Succeeded, result.Field));
        Assert.Equal("That spends 15 points, but the budget is 10.", result.Message);
        Assert.Null(await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetInfoAsync());
        Assert.Single((await account.Grain.GetInfoAsync())!.Characters);
    }

    [Fact]
    public async Task CreateCharacter_PastTheLimitPerAccount_IsRefused()
    {
        var account = await NewAccountAsync();
        var options = await Creation.GetOptionsAsync();
        for (var i = 1; i < options.MaxCharactersPerAccount; i++)
        {
            Assert.True((await account.Grain.CreateCharacterAsync(options.DefaultDraft(TestPlayer.UniqueName()))).Succeeded);
        }

        var result = await account.Grain.CreateCharacterAsync(options.DefaultDraft(TestPlayer.UniqueName()));

        Assert.Equal(CreationField.Account, result.Field);
        Assert.StartsWith($"An account may have at most {options.MaxCharactersPerAccount} characters", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckName_SaysWhetherANameIsFree_AsTheWizardAsksWhileTyping()
    {
        var account = await NewAccountAsync();
        var free = TestPlayer.UniqueName();

        Assert.Equal(new NameCheck(true, $"{free} is free."), await Creation.CheckNameAsync(free.ToLowerInvariant(), null));
        Assert.Equal(new NameCheck(false, $"The name '{account.Name}' is taken."), await Creation.CheckNameAsync(account.Name, account.Name));
        Assert.False((await Creation.CheckNameAsync("x1", null)).Available);
    }

    [Fact]
    public async Task DeleteCharacter_WhilePuppeted_IsRefused_AndAfterwardsItIsGoneAndItsNameFree()
    {
        var (player, name) = await TestPlayer.LoggedInAsync(Client, _portal, Observer);
        var account = Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name));
        var census = await Client.GetGrain<ICensusGrain>(0).GetAsync();

        var refused = await account.DeleteCharacterAsync(name);

        Assert.False(refused.Succeeded);
        Assert.Equal($"{name} is being played right now. Stop playing it (|wooc|n) in every session first.", refused.Message);
        Assert.NotNull(await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetInfoAsync());

        await player.Session.CloseAsync();
        var deleted = await account.DeleteCharacterAsync(name.ToUpperInvariant());

        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Empty(deleted.Account!.Characters);
        Assert.Null(await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetInfoAsync());
        Assert.True((await Creation.CheckNameAsync(name, name)).Available);
        Assert.Equal(census.Characters - 1, (await Client.GetGrain<ICensusGrain>(0).GetAsync()).Characters);
    }

    [Fact]
    public async Task DeleteCharacter_OfAnotherAccount_IsRefused()
    {
        var owner = await NewAccountAsync();
        var other = await NewAccountAsync();

        var result = await other.Grain.DeleteCharacterAsync(owner.Name);

        Assert.Equal($"You have no character called {owner.Name}.", result.Message);
        Assert.NotNull(await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(owner.Name)).GetInfoAsync());
    }

    [Fact]
    public async Task DescribeCharacter_ChangesWhatTheGameShows_AndRefusesOversizedText()
    {
        var (looker, _) = await TestPlayer.LoggedInAsync(Client, _portal, Observer);
        var (_, name) = await TestPlayer.LoggedInAsync(Client, _portal, Observer);
        var account = Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name));

        var changed = await account.DescribeCharacterAsync(name, "A freckled |gface|n <script>alert(1)</script>.");
        var tooLong = await account.DescribeCharacterAsync(name, new string('x', 601));

        Assert.True(changed.Succeeded, changed.Message);
        Assert.StartsWith("A description may be at most 600 characters long", tooLong.Message, StringComparison.Ordinal);
        await looker.TypeAsync($"look {name}");
        await looker.WaitForAsync("A freckled |gface|n <script>alert(1)</script>.");
    }

    [Fact]
    public async Task Describe_InTheGame_ChangesTheStoredDescription()
    {
        var (player, name) = await TestPlayer.LoggedInAsync(Client, _portal, Observer);

        await player.TypeAsync("describe A scar runs down one cheek.");

        await player.WaitForAsync("Your description has been changed.");
        var info = await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetInfoAsync();
        Assert.Equal("A scar runs down one cheek.", info!.Description);
    }

    [Fact]
    public async Task Census_CountsNewAccountsAndCharacters_AndKnowsWhenTheGameStarted()
    {
        var before = await Client.GetGrain<ICensusGrain>(0).GetAsync();

        var account = await NewAccountAsync();
        var options = await Creation.GetOptionsAsync();
        await account.Grain.CreateCharacterAsync(options.DefaultDraft(TestPlayer.UniqueName()));

        var after = await Client.GetGrain<ICensusGrain>(0).GetAsync();
        Assert.Equal(before.Accounts + 1, after.Accounts);
        Assert.Equal(before.Characters + 2, after.Characters);
        Assert.NotNull(after.UpSince);
    }

    private async Task<(string Name, IAccountGrain Grain)> NewAccountAsync(bool withCharacter = true)
    {
        var name = TestPlayer.UniqueName();
        var grain = Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name));
        Assert.True((await grain.CreateAsync(name, new Password("s3cretpw"))).Succeeded);
        if (withCharacter)
        {
            var options = await Creation.GetOptionsAsync();
            Assert.True((await grain.CreateCharacterAsync(options.DefaultDraft(name))).Succeeded);
        }

        return (name, grain);
    }
}
