using Microsoft.Extensions.DependencyInjection;
using Mud.Accounts;
using Mud.Characters;
using Mud.Characters.Creation;
using Mud.Tests.Grains;
using Mud.World;
using Orleans.Storage;

namespace Mud.Tests.Accounts;

/// <summary>One registry for account and character names: who holds each name, claimed before anything is created.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class NameRegistryTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    private const string Password = "s3cretpw";

    private readonly IGrainStorage _storage = cluster.SiloServices.GetRequiredKeyedService<IGrainStorage>("store");

    private ICharacterCreationGrain Creation => Client.GetGrain<ICharacterCreationGrain>(0);

    [Fact]
    public async Task AnAccount_CannotTakeTheNameOfAnotherAccountsCharacter()
    {
        var alice = await NewAccountAsync(withCharacter: false);
        var name = TestPlayer.UniqueName();
        Assert.True((await CreateCharacterAsync(alice, name)).Succeeded);

        var result = await Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).CreateAsync(name, new Password(Password));

        Assert.False(result.Succeeded);
        Assert.Equal($"The name '{name}' is taken by another account's character.", result.Message);
        Assert.Null(await Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).GetInfoAsync());
        Assert.Equal(new NameHolder(NameRules.KeyOf(alice.Name), NameUses.Character), await Holder(name));
    }

    [Fact]
    public async Task TheCreateCommand_RefusesTheNameOfAnotherAccountsCharacter_SoConnectCannotMeanSomeoneElse()
    {
        var alice = await NewAccountAsync(withCharacter: false);
        var name = TestPlayer.UniqueName();
        Assert.True((await CreateCharacterAsync(alice, name)).Succeeded);
        var player = await ConnectAsync();

        await player.TypeAsync($"create {name} {Password}");

        await player.WaitForAsync($"The name '{name}' is taken by another account's character.");
    }

    [Fact]
    public async Task ACharacter_CannotTakeAnotherAccountsName()
    {
        var bob = await NewAccountAsync(withCharacter: false);
        var alice = await NewAccountAsync(withCharacter: false);

        var result = await CreateCharacterAsync(alice, bob.Name);

        Assert.Equal((false, CreationField.Name), (result.Succeeded, result.Field));
        Assert.Equal($"The name '{bob.Name}' belongs to another account.", result.Message);
        Assert.Null(await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(bob.Name)).GetInfoAsync());
    }

    [Fact]
    public async Task AnAccount_CanNameItsCharacterAfterItself_AndHoldsTheNameAsBoth()
    {
        var account = await NewAccountAsync(withCharacter: false);

        var result = await CreateCharacterAsync(account, account.Name);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(new NameHolder(NameRules.KeyOf(account.Name), NameUses.Account | NameUses.Character), await Holder(account.Name));
        Assert.Equal(new NameCheck(false, $"The name '{account.Name}' is taken."), await Creation.CheckNameAsync(account.Name, account.Name));
    }

    [Fact]
    public async Task AnAccountAndAnotherAccountsCharacter_CreatedAtOnceWithOneName_OneWins()
    {
        var alice = await NewAccountAsync(withCharacter: false);
        var options = await Creation.GetOptionsAsync();
        for (var round = 0; round < 10; round++)
        {
            var name = TestPlayer.UniqueName();
            var account = Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).CreateAsync(name, new Password(Password));
            var character = alice.Grain.CreateCharacterAsync(options.DefaultDraft(name));

            var outcomes = new[] { (await account).Succeeded, (await character).Succeeded };

            Assert.True(outcomes.Count(won => won) == 1, $"exactly one creation of {name} should win, but {outcomes.Count(won => won)} did");
            Assert.Equal((await account).Succeeded, await Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).GetInfoAsync() is not null);
            Assert.Equal((await character).Succeeded, await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetInfoAsync() is not null);

            // Make room for the next round's character.
            if ((await character).Succeeded)
            {
                Assert.True((await alice.Grain.DeleteCharacterAsync(name)).Succeeded);
            }
        }
    }

    [Fact]
    public async Task CharactersOfTwoAccounts_CreatedAtOnceWithOneName_OneWins()
    {
        var alice = await NewAccountAsync(withCharacter: false);
        var bob = await NewAccountAsync(withCharacter: false);
        var name = TestPlayer.UniqueName();

        var results = await Task.WhenAll(CreateCharacterAsync(alice, name), CreateCharacterAsync(bob, name));

        Assert.Single(results, r => r.Succeeded);
        var owner = (await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetInfoAsync())!.AccountName;
        Assert.Equal(results[0].Succeeded ? alice.Name : bob.Name, owner);
        Assert.Equal(NameRules.KeyOf(owner), (await Holder(name))!.OwnerKey);
    }

    [Fact]
    public async Task ANameFreedByDeletingItsCharacter_CanBeTakenAgain_ByAnAccount()
    {
        var alice = await NewAccountAsync(withCharacter: false);
        var name = TestPlayer.UniqueName();
        Assert.True((await CreateCharacterAsync(alice, name)).Succeeded);
        Assert.True((await alice.Grain.DeleteCharacterAsync(name)).Succeeded);

        Assert.Null(await Holder(name));
        var result = await Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).CreateAsync(name, new Password(Password));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(new NameHolder(NameRules.KeyOf(name), NameUses.Account), await Holder(name));
    }

    [Fact]
    public async Task DeletingTheCharacterNamedAfterItsAccount_LeavesTheAccountHoldingTheName()
    {
        var account = await NewAccountAsync(withCharacter: true);

        Assert.True((await account.Grain.DeleteCharacterAsync(account.Name)).Succeeded);

        Assert.Equal(new NameHolder(NameRules.KeyOf(account.Name), NameUses.Account), await Holder(account.Name));
        var other = await NewAccountAsync(withCharacter: false);
        Assert.Equal($"The name '{account.Name}' belongs to another account.", (await CreateCharacterAsync(other, account.Name)).Message);
    }

    [Fact]
    public async Task ACharacterMadeForTheAccountButMissingFromIt_IsAdoptedWhenCreatedAgain()
    {
        var alice = await NewAccountAsync(withCharacter: false);
        var name = TestPlayer.UniqueName();
        await StoreCharacterOutsideTheRegistryAsync(name, alice.Name);

        Assert.True((await Creation.CheckNameAsync(name, alice.Name)).Available);
        var result = await CreateCharacterAsync(alice, name);

        Assert.True(result.Succeeded, result.Message);
        Assert.True(result.Recovered);
        Assert.Equal($"{name} was already made for this account; it is yours again.", result.Message);
        Assert.Contains(name, (await alice.Grain.GetInfoAsync())!.Characters);
        Assert.Equal(new NameHolder(NameRules.KeyOf(alice.Name), NameUses.Character), await Holder(name));
    }

    [Fact]
    public async Task TheCharcreateCommand_SaysACharacterWasRecovered()
    {
        var (player, account) = await NewAccountAsync();
        var name = TestPlayer.UniqueName();
        await StoreCharacterOutsideTheRegistryAsync(name, account);

        await player.TypeAsync($"charcreate {name}");

        await player.WaitForAsync($"{name} was already made for this account; it is yours again. Type ic {name} to play it.");
    }

    [Fact]
    public async Task AnotherAccountsCharacterMissingFromItsAccount_IsNotAdopted()
    {
        var alice = await NewAccountAsync(withCharacter: false);
        var bob = await NewAccountAsync(withCharacter: false);
        var name = TestPlayer.UniqueName();
        await StoreCharacterOutsideTheRegistryAsync(name, alice.Name);

        var result = await CreateCharacterAsync(bob, name);

        Assert.Equal((false, $"The name '{name}' is taken."), (result.Succeeded, result.Message));
        Assert.Empty((await bob.Grain.GetInfoAsync())!.Characters);
        Assert.Equal(alice.Name, (await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetInfoAsync())!.AccountName);
        Assert.False((await Creation.CheckNameAsync(name, bob.Name)).Available);
    }

    [Fact]
    public async Task AnAccountStoredBeforeTheRegistry_StillHoldsItsName()
    {
        var name = TestPlayer.UniqueName();
        await StoreAccountOutsideTheRegistryAsync(name);
        var alice = await NewAccountAsync(withCharacter: false);

        Assert.Equal(new NameCheck(false, $"The name '{name}' belongs to another account."), await Creation.CheckNameAsync(name, alice.Name));
        Assert.Equal($"The name '{name}' belongs to another account.", (await CreateCharacterAsync(alice, name)).Message);
        Assert.Equal(new NameHolder(NameRules.KeyOf(name), NameUses.Account), await StoredHolder(name));
    }

    [Fact]
    public async Task ACharacterStoredBeforeTheRegistry_StillHoldsItsName_AgainstAnAccount()
    {
        var alice = await NewAccountAsync(withCharacter: false);
        var name = TestPlayer.UniqueName();
        await StoreCharacterOutsideTheRegistryAsync(name, alice.Name);

        var result = await Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).CreateAsync(name, new Password(Password));

        Assert.Equal($"The name '{name}' is taken by another account's character.", result.Message);
        Assert.Equal(new NameHolder(NameRules.KeyOf(alice.Name), NameUses.Character), await StoredHolder(name));
    }

    [Fact]
    public async Task AnAccountShadowingACharacterBeforeTheRegistry_KeepsItsName_WhenTheCharacterIsDeleted()
    {
        var alice = TestPlayer.UniqueName();
        var name = TestPlayer.UniqueName();
        await StoreAccountOutsideTheRegistryAsync(alice, name);
        await StoreCharacterOutsideTheRegistryAsync(name, alice);
        await StoreAccountOutsideTheRegistryAsync(name);

        Assert.Equal(new NameHolder(NameRules.KeyOf(name), NameUses.Account), await Holder(name));
        Assert.True((await Client.GetGrain<IAccountGrain>(NameRules.KeyOf(alice)).DeleteCharacterAsync(name)).Succeeded);

        Assert.Equal(new NameHolder(NameRules.KeyOf(name), NameUses.Account), await Holder(name));
    }

    private Task<NameHolder?> Holder(string name) => Client.GetGrain<INameGrain>(NameRules.KeyOf(name)).GetHolderAsync();

    private async Task<NameHolder?> StoredHolder(string name)
    {
        var state = new GrainState<NameState>();
        await _storage.ReadStateAsync("name", GrainId.Create("name", NameRules.KeyOf(name)), state);
        return state.RecordExists ? new NameHolder(state.State!.OwnerKey, state.State.Uses) : null;
    }

    // What the game stored before the name registry: an account that claimed nothing, and its characters.
    private async Task StoreAccountOutsideTheRegistryAsync(string name, params string[] characters) =>
        await _storage.WriteStateAsync(
            "account",
            GrainId.Create("account", NameRules.KeyOf(name)),
            new GrainState<AccountState>(new AccountState { Name = name, PasswordHash = "unused", Characters = [.. characters], CreatedAt = DateTimeOffset.UnixEpoch }));

    // A character written without its name claimed: one made before the registry, or whose account's save failed.
    private async Task StoreCharacterOutsideTheRegistryAsync(string name, string accountName)
    {
        var start = await Client.GetGrain<IWorldGrain>(0).GetStartRoomAsync();
        Assert.True(await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).CreateAsync(new CharacterCreation(name, accountName, start, "")));
    }

    private async Task<CharacterCreationResult> CreateCharacterAsync((string Name, IAccountGrain Grain) account, string name) =>
        await account.Grain.CreateCharacterAsync((await Creation.GetOptionsAsync()).DefaultDraft(name));

    private async Task<(string Name, IAccountGrain Grain)> NewAccountAsync(bool withCharacter)
    {
        var name = TestPlayer.UniqueName();
        var grain = Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name));
        Assert.True((await grain.CreateAsync(name, new Password(Password))).Succeeded);
        if (withCharacter)
        {
            Assert.True((await CreateCharacterAsync((name, grain), name)).Succeeded);
        }

        return (name, grain);
    }
}
