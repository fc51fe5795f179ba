using Mud.Objects;

namespace Mud.Tests.Grains.Building;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class LockCommandTests(GameClusterFixture cluster) : BuilderTestBase(cluster)
{
    [Fact]
    public async Task Lock_SetsSeveralLocksAtOnce_ThatPlayersThenMeet()
    {
        var (builder, _) = await NewBuilderAsync();
        var (player, playerName) = await NewAccountAsync();
        var room = await OwnRoomAsync(builder);
        await RunAsync(builder, $"@teleport *{playerName} = {room}");
        var id = IdIn(await RunAsync(builder, "@create an anvil"));
        await RunAsync(builder, "drop anvil");

        await RunAsync(builder, "@lock anvil = get:none(); control:perm(Admin)");
        await RunAsync(builder, "@set anvil/get_failmsg = The anvil will not budge.");

        var locks = (await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, id)))!.Locks;
        Assert.Equal("none()", locks.For("get"));
        Assert.Equal("perm(Admin)", locks.For("control"));
        Assert.Contains("The anvil will not budge.", await RunAsync(player, "get anvil"), StringComparison.Ordinal);
        Assert.Contains("You are not allowed to control an anvil", await RunAsync(builder, "@teleport anvil = village-square"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lock_RefusesABadLockOrAccessType_AndSetsNothing()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var id = IdIn(await RunAsync(builder, "@create a chest"));

        Assert.Contains("'frobnicate' is not a lock function", await RunAsync(builder, "@lock chest = get:all(); edit:frobnicate()"), StringComparison.Ordinal);
        Assert.Contains("'smash' is not an access type", await RunAsync(builder, "@lock chest = smash:all()"), StringComparison.Ordinal);
        Assert.Contains("names no access type", await RunAsync(builder, "@lock chest = all()"), StringComparison.Ordinal);

        Assert.Empty((await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, id)))!.Locks.ByAccess);
    }

    [Fact]
    public async Task LockDel_BringsBackTheDefault_AndShowingListsEveryAccessType()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var id = IdIn(await RunAsync(builder, "@create a box"));
        await RunAsync(builder, "@lock box = get:perm(Admin)");

        Assert.Contains("it is all() again", await RunAsync(builder, "@lock/del box = get"), StringComparison.Ordinal);
        var shown = await RunAsync(builder, "@lock box");

        Assert.Null((await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, id)))!.Locks.For("get"));
        Assert.All(LockSet.AccessTypes, access => Assert.Contains($"{access}:", shown, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditLock_KeepsABuilderFromChangingAnObject_WithItsOwnMessage()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var id = IdIn(await RunAsync(builder, "@create a relic"));
        await RunAsync(builder, "@set relic/edit_failmsg = Only the high priest may alter the relic.");
        await RunAsync(builder, "@lock relic = edit:perm(Developer)");

        Assert.Contains("Only the high priest may alter the relic.", await RunAsync(builder, "@desc relic = Scratched."), StringComparison.Ordinal);
        Assert.Contains("Only the high priest", await RunAsync(builder, "@name relic = a fake"), StringComparison.Ordinal);

        var relic = (await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, id)))!;
        Assert.Equal("a relic", relic.Name);
        Assert.Equal("", relic.Description);
    }
}
