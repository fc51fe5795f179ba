using Mud.Characters;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.Tests.Grains.Building;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class DestroyCommandTests(GameClusterFixture cluster) : BuilderTestBase(cluster)
{
    [Fact]
    public async Task Destroy_AsksFirst_AndAnythingButYesCancels()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var id = IdIn(await RunAsync(builder, "@create a vase"));

        Assert.Contains("Destroy item a vase", await RunAsync(builder, "@destroy vase"), StringComparison.Ordinal);
        Assert.Contains("Cancelled.", await RunAsync(builder, "no"), StringComparison.Ordinal);
        Assert.NotNull(await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, id)));

        // The cancelled question is gone: a later "yes" is just an unknown word.
        Assert.DoesNotContain("You destroy", await RunAsync(builder, "yes"), StringComparison.Ordinal);
        Assert.NotNull(await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, id)));
    }

    [Fact]
    public async Task Destroy_Confirmed_RemovesAnItemFromItsHolderAndTheDirectory()
    {
        var (builder, name) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var id = IdIn(await RunAsync(builder, "@create a vase"));
        var vase = ObjectRef.Thing(ObjectKind.Item, id);

        await RunAsync(builder, $"@destroy {id}");
        Assert.Contains("You destroy a vase", await RunAsync(builder, "yes"), StringComparison.Ordinal);

        Assert.Null(await SnapshotAsync(vase));
        Assert.Null(await Directory.GetAsync(vase));
        Assert.DoesNotContain(await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).GetContentsAsync(), c => c.Id == id);
    }

    [Fact]
    public async Task Destroy_AnExit_TakesItOutOfItsRoom()
    {
        var (builder, _) = await NewBuilderAsync();
        var room = await OwnRoomAsync(builder);
        var ids = IdsIn(await RunAsync(builder, "@dig Annex = door"));
        var door = ObjectRef.Thing(ObjectKind.Exit, ids[1]);

        await RunAsync(builder, "@destroy door");
        await RunAsync(builder, "yes");

        Assert.Null(await SnapshotAsync(door));
        Assert.Null(await Directory.GetAsync(door));
        Assert.DoesNotContain(await Client.GetGrain<IRoomGrain>(room).GetContentsAsync(), c => c.Id == door.Key);
        Assert.True(await Client.GetGrain<IRoomGrain>(ids[0]).ExistsAsync());
    }

    [Fact]
    public async Task Destroy_IsConfirmedOnlyByTheSessionThatAsked()
    {
        var (builder, name) = await NewBuilderAsync();
        var other = await LogInAsync(name);
        await OwnRoomAsync(builder);
        var vase = ObjectRef.Thing(ObjectKind.Item, IdIn(await RunAsync(builder, "@create a vase")));

        await RunAsync(builder, "@destroy vase");
        await RunAsync(other, "yes");
        Assert.NotNull(await SnapshotAsync(vase));

        Assert.Contains("You destroy a vase", await RunAsync(builder, "yes"), StringComparison.Ordinal);
        Assert.Null(await SnapshotAsync(vase));
    }

    [Fact]
    public async Task Destroy_AContainer_LeavesWhatItHeldInTheBuildersRoom()
    {
        var (builder, _) = await NewBuilderAsync();
        var room = await OwnRoomAsync(builder);
        var box = IdIn(await RunAsync(builder, "@create/container a box"));
        var coin = IdIn(await RunAsync(builder, "@create a coin"));
        await RunAsync(builder, "put coin in box");
        await RunAsync(builder, "drop box");

        await RunAsync(builder, "@destroy box");
        await RunAsync(builder, "yes");

        Assert.Null(await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, box)));
        Assert.Equal(ObjectRef.Room(room), await Client.GetGrain<IObjectGrain>(coin).GetLocationAsync());
        var contents = await Client.GetGrain<IRoomGrain>(room).GetContentsAsync();
        Assert.Contains(contents, c => c.Id == coin);
        Assert.DoesNotContain(contents, c => c.Id == box);
    }

    [Fact]
    public async Task Destroy_ARoom_UnlinksExitsToIt_DestroysItsOwn_AndSavesItsItems()
    {
        var (builder, _) = await NewBuilderAsync();
        var home = await OwnRoomAsync(builder);
        var ids = IdsIn(await RunAsync(builder, "@dig Doomed Hall = in, out"));
        var (doomed, inward, outward) = (ids[0], ids[1], ids[2]);
        await RunAsync(builder, "in");
        var relic = IdIn(await RunAsync(builder, "@create a relic"));
        await RunAsync(builder, "drop relic");
        await RunAsync(builder, "out");

        await RunAsync(builder, $"@destroy {doomed}");
        var reply = await RunAsync(builder, "yes");

        Assert.Contains("You destroy Doomed Hall", reply, StringComparison.Ordinal);
        Assert.False(await Client.GetGrain<IRoomGrain>(doomed).ExistsAsync());
        Assert.Null(await Directory.GetAsync(ObjectRef.Room(doomed)));
        Assert.Null(await SnapshotAsync(ObjectRef.Thing(ObjectKind.Exit, outward)));
        Assert.Null(await Directory.GetAsync(ObjectRef.Thing(ObjectKind.Exit, outward)));
        Assert.Null((await SnapshotAsync(ObjectRef.Thing(ObjectKind.Exit, inward)))!.Destination);
        Assert.Equal("", (await Directory.GetAsync(ObjectRef.Thing(ObjectKind.Exit, inward)))!.Place);
        var homeContents = await Client.GetGrain<IRoomGrain>(home).GetContentsAsync();
        Assert.Null(homeContents.Single(c => c.Id == inward).Destination);
        Assert.Contains(homeContents, c => c.Id == relic);
        Assert.Equal(ObjectRef.Room(home), await Client.GetGrain<IObjectGrain>(relic).GetLocationAsync());
    }

    [Fact]
    public async Task Destroy_RefusesRoomsWithPeopleIn_TheStartRoom_AndCharacters()
    {
        var (builder, _) = await NewBuilderAsync();
        var (visitor, visitorName) = await NewAccountAsync();
        var home = await OwnRoomAsync(builder);
        var busy = IdIn(await RunAsync(builder, "@dig Busy Room"));
        await RunAsync(builder, $"@teleport *{visitorName} = {busy}");
        await visitor.WaitForAsync("Busy Room");

        await RunAsync(builder, $"@destroy {busy}");
        Assert.Contains("a room is not destroyed with anyone in it", await RunAsync(builder, "yes"), StringComparison.Ordinal);
        Assert.True(await Client.GetGrain<IRoomGrain>(busy).ExistsAsync());

        Assert.Contains("standing in it", await RunAsync(builder, "@destroy here"), StringComparison.Ordinal);
        Assert.Contains("New characters start in that room", await RunAsync(builder, "@destroy village-square"), StringComparison.Ordinal);
        Assert.Contains("Characters are not destroyed", await RunAsync(builder, "@destroy me"), StringComparison.Ordinal);
        Assert.True(await Client.GetGrain<IRoomGrain>(home).ExistsAsync());
    }

    [Fact]
    public async Task Destroy_IsRefusedByTheObjectsDeleteLock_WithItsOwnMessage()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var id = IdIn(await RunAsync(builder, "@create an heirloom"));
        await RunAsync(builder, "@lock heirloom = delete:perm(Admin)");
        await RunAsync(builder, "@set heirloom/delete_failmsg = The heirloom is protected by old magic.");

        Assert.Contains("protected by old magic", await RunAsync(builder, "@destroy heirloom"), StringComparison.Ordinal);
        Assert.NotNull(await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, id)));
    }
}
