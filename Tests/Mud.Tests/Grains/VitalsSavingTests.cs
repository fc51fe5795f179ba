using Microsoft.Extensions.DependencyInjection;
using Mud.Characters;
using Orleans.Storage;

namespace Mud.Tests.Grains;

/// <summary>Vitals are written within <c>Mud:Vitals:SaveSeconds</c> of a change, not at every change.</summary>
public sealed class VitalsSavingTests(VitalsSavingTests.QuickSaveFixture cluster)
    : PlayerTestBase(cluster), IClassFixture<VitalsSavingTests.QuickSaveFixture>
{
    [Fact]
    public async Task ACast_IsWrittenWithinTheSaveDelay_NotAtOnce()
    {
        var (player, name) = await NewAccountAsync();
        await player.TypeAsync("cast heal");
        await player.WaitForAsync("mana left");
        var spent = (await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).GetReportAsync())!.Vitals;
        Assert.Equal(40, spent.Mana);

        Assert.NotEqual(spent.Mana, (await StoredVitalsAsync(name))?.Mana);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while ((await StoredVitalsAsync(name))?.Mana != spent.Mana)
        {
            Assert.True(DateTime.UtcNow < deadline, "the spent mana was never written");
            await Task.Delay(100);
        }
    }

    private async Task<Vitals?> StoredVitalsAsync(string name)
    {
        var storage = cluster.SiloServices.GetRequiredKeyedService<IGrainStorage>("store");
        var state = new GrainState<CharacterState>();
        await storage.ReadStateAsync("character", GrainId.Create("character", name.ToLowerInvariant()), state);
        return state.State?.Vitals;
    }

    public sealed class QuickSaveFixture : GameClusterFixture
    {
        // Regeneration slower than the test, so that only the cast changes the vitals.
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Mud:Vitals:SaveSeconds"] = "3",
            ["Mud:Vitals:RegenerationSeconds"] = "600",
        };
    }
}
