using System.Collections.Concurrent;
using Mud.Accounts;
using Mud.Characters;
using Mud.Characters.Creation;
using Mud.Tests.Grains;
using Orleans.Storage;

namespace Mud.Tests.Accounts;

/// <summary>A creation whose save fails leaves its name as it found it, or, for a character written but not listed, adoptable.</summary>
[Trait("Category", "Integration")]
public sealed class NameRegistryFailedSaveTests(NameRegistryFailedSaveTests.FailingWritesFixture cluster)
    : IClassFixture<NameRegistryFailedSaveTests.FailingWritesFixture>
{
    private const string Password = "s3cretpw";

    private IClusterClient Client => cluster.Client;

    [Fact]
    public async Task AnAccountWhoseSaveFails_GivesItsNameBack_AndCanBeCreatedAgain()
    {
        var name = TestPlayer.UniqueName();
        var account = Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name));
        cluster.Storage!.FailNextWrite("account", NameRules.KeyOf(name));

        await Assert.ThrowsAnyAsync<Exception>(() => account.CreateAsync(name, new Password(Password)));

        Assert.Null(await Holder(name));
        Assert.Null(await account.GetInfoAsync());
        var again = await account.CreateAsync(name, new Password(Password));
        Assert.True(again.Succeeded, again.Message);
    }

    [Fact]
    public async Task ACharacterWhoseAccountSaveFails_IsAdoptedWhenCreatedAgain_NotCalledTaken()
    {
        var alice = await NewAccountAsync();
        var name = TestPlayer.UniqueName();
        cluster.Storage!.FailNextWrite("account", NameRules.KeyOf(alice.Name));

        await Assert.ThrowsAnyAsync<Exception>(() => CreateCharacterAsync(alice.Grain, name));

        Assert.Equal(alice.Name, (await Client.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).GetInfoAsync())?.AccountName);
        Assert.Empty((await alice.Grain.GetInfoAsync())!.Characters);
        var again = await CreateCharacterAsync(alice.Grain, name);
        Assert.True(again.Succeeded, again.Message);
        Assert.Equal($"{name} was already made for this account; it is yours again.", again.Message);
        Assert.Equal(name, Assert.Single((await alice.Grain.GetInfoAsync())!.Characters));
    }

    [Fact]
    public async Task ACharacterWhoseOwnSaveFails_GivesItsNameBack()
    {
        var alice = await NewAccountAsync();
        var name = TestPlayer.UniqueName();
        cluster.Storage!.FailNextWrite("character", NameRules.KeyOf(name));

        await Assert.ThrowsAnyAsync<Exception>(() => CreateCharacterAsync(alice.Grain, name));

        Assert.Null(await Holder(name));
        var bob = await NewAccountAsync();
        Assert.True((await CreateCharacterAsync(bob.Grain, name)).Succeeded);
    }

    private Task<NameHolder?> Holder(string name) => Client.GetGrain<INameGrain>(NameRules.KeyOf(name)).GetHolderAsync();

    private async Task<CharacterCreationResult> CreateCharacterAsync(IAccountGrain account, string name) =>
        await account.CreateCharacterAsync((await Client.GetGrain<ICharacterCreationGrain>(0).GetOptionsAsync()).DefaultDraft(name));

    private async Task<(string Name, IAccountGrain Grain)> NewAccountAsync()
    {
        var name = TestPlayer.UniqueName();
        var grain = Client.GetGrain<IAccountGrain>(NameRules.KeyOf(name));
        Assert.True((await grain.CreateAsync(name, new Password(Password))).Succeeded);
        return (name, grain);
    }

    public sealed class FailingWritesFixture : WrappedStorageClusterFixture<FailingWritesStorage>
    {
        protected override FailingWritesStorage Wrap(IGrainStorage memory) => new(memory);
    }

    /// <summary>In-memory storage whose next write of a chosen grain fails, as a database that went away would.</summary>
    public sealed class FailingWritesStorage(IGrainStorage inner) : IGrainStorage
    {
        private readonly ConcurrentDictionary<string, bool> _failNext = new(StringComparer.Ordinal);

        public void FailNextWrite(string grainType, string key) => _failNext[$"{grainType}/{key}"] = true;

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ReadStateAsync(stateName, grainId, grainState);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            _failNext.TryRemove($"{grainId.Type}/{grainId.Key}", out _)
                ? throw new InvalidOperationException($"The test storage refuses this write of {grainId}.")
                : inner.WriteStateAsync(stateName, grainId, grainState);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ClearStateAsync(stateName, grainId, grainState);
    }
}
