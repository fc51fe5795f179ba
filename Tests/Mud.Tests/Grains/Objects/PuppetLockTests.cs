using Mud.Objects;

namespace Mud.Tests.Grains.Objects;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PuppetLockTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    [Fact]
    public async Task ACharactersPuppetLock_KeepsEvenItsOwnerOut_WithItsOwnMessage()
    {
        var (player, name) = await NewAccountAsync();
        var character = Client.GetGrain<Mud.Characters.ICharacterGrain>(name.ToLowerInvariant());
        await player.TypeAsync("ooc");
        await player.WaitForAsync("You are out of character now.");

        Assert.Null((await character.EditAsync(new SetLock("puppet", "perm(Admin)"))).Problem);
        Assert.Null((await character.EditAsync(new SetAttribute("puppet_failmsg", AttributeValue.Of("You are frozen by the staff.")))).Problem);
        await player.TypeAsync($"ic {name}");
        await player.WaitForAsync("You are frozen by the staff.");
        Assert.False((await character.GetInfoAsync())!.Online);

        Assert.Null((await character.EditAsync(new SetLock("puppet", null))).Problem);
        await player.TypeAsync($"ic {name}");
        await player.WaitForAsync($"You become {name}");
    }
}
