using Mud.Characters;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.Tests.Grains.Building;

/// <summary>@dig, @open, @link, @unlink, @rooms and @teleport.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class RoomBuildingTests(GameClusterFixture cluster) : BuilderTestBase(cluster)
{
    [Fact]
    public async Task BuilderCommands_AreRefusedToPlayers()
    {
        var (player, _) = await NewAccountAsync();

        var reply = await RunAsync(player, "@dig Forbidden Room");

        Assert.Contains("Only Builder and above may use", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dig_WithExits_MakesARoomReachableBothWays_AndRegistersEverything()
    {
        var (builder, _) = await NewBuilderAsync();
        var home = await OwnRoomAsync(builder);

        var reply = await RunAsync(builder, "@dig Mossy Glade;glade = north;n, south;s");

        var ids = IdsIn(reply);
        Assert.Equal(3, ids.Count);
        var (glade, north, south) = (ids[0], ids[1], ids[2]);
        Assert.Equal("Millbrook", (await Directory.GetAsync(ObjectRef.Room(glade)))!.Place);
        Assert.Equal(glade, (await Directory.GetAsync(ObjectRef.Thing(ObjectKind.Exit, north)))!.Place);
        Assert.Equal(home, (await Directory.GetAsync(ObjectRef.Thing(ObjectKind.Exit, south)))!.Place);
        Assert.Equal(new[] { "glade" }, (await SnapshotAsync(ObjectRef.Room(glade)))!.Aliases.ToArray());
        Assert.Equal(RoomNumber.Of(new RoomId(glade)), (await Client.GetGrain<IRoomGrain>(glade).GetMapInfoAsync()).Number);

        Assert.Contains("Mossy Glade", await RunAsync(builder, "n"), StringComparison.Ordinal);
        Assert.Contains("Workshop", await RunAsync(builder, "south"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dig_TakesTheAreaOfTheBuildersRoom_OrTheAreaSwitch()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);

        var inherited = IdIn(await RunAsync(builder, "@dig Lane"));
        var elsewhere = IdIn(await RunAsync(builder, "@dig/area=Darkwood Clearing"));

        Assert.Equal("Millbrook", (await SnapshotAsync(ObjectRef.Room(inherited)))!.Area);
        Assert.Equal("Darkwood", (await SnapshotAsync(ObjectRef.Room(elsewhere)))!.Area);
    }

    [Fact]
    public async Task Dig_WithBadArguments_ExplainsItself()
    {
        var (builder, _) = await NewBuilderAsync();

        Assert.Contains("Usage: @dig", await RunAsync(builder, "@dig"), StringComparison.Ordinal);
        Assert.Contains("Usage: @dig", await RunAsync(builder, "@dig/colour=red Room"), StringComparison.Ordinal);
        Assert.Contains("cannot start with '#'", await RunAsync(builder, "@dig #Room"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_MakesAnExitToARoomByIdOrName_AndRefusesASecondOfTheSameName()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var unique = "Vault " + Guid.NewGuid().ToString("N")[..8];
        var vault = IdIn(await RunAsync(builder, $"@dig {unique}"));

        var byName = await RunAsync(builder, $"@open east;e = {unique}");
        var clash = await RunAsync(builder, $"@open east = {vault}");
        var byId = await RunAsync(builder, $"@open down = {vault}");

        Assert.Contains("You open east", byName, StringComparison.Ordinal);
        Assert.Contains("already an exit called east", clash, StringComparison.Ordinal);
        Assert.Equal(vault, (await Directory.GetAsync(ObjectRef.Thing(ObjectKind.Exit, IdIn(byId))))!.Place);
        Assert.Contains(unique, await RunAsync(builder, "e"), StringComparison.Ordinal);
        Assert.Contains("Usage: @open", await RunAsync(builder, "@open west"), StringComparison.Ordinal);
        Assert.Contains("There is no room", await RunAsync(builder, "@open west = nowhere-at-all-xyz"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnlinkAndLink_ChangeWhereAnExitLeads()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var through = IdsIn(await RunAsync(builder, "@dig First Hall = through"))[1];
        var second = IdIn(await RunAsync(builder, "@dig Second Hall"));

        Assert.Contains("now leads nowhere", await RunAsync(builder, "@unlink through"), StringComparison.Ordinal);
        Assert.Contains("leads nowhere: it is not linked", await RunAsync(builder, "through"), StringComparison.Ordinal);

        Assert.Contains("now leads to Second Hall", await RunAsync(builder, $"@link through = {second}"), StringComparison.Ordinal);
        Assert.Contains("Second Hall", await RunAsync(builder, "through"), StringComparison.Ordinal);
        Assert.Equal(second, (await Directory.GetAsync(ObjectRef.Thing(ObjectKind.Exit, through)))!.Place);
        Assert.Contains("is not an exit", await RunAsync(builder, "@unlink me"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rooms_ListsRoomsOfAnArea_WithIdsAndRoomNumbers()
    {
        var (builder, _) = await NewBuilderAsync();
        var area = "Area" + Guid.NewGuid().ToString("N")[..8];
        var id = IdIn(await RunAsync(builder, $"@dig/area={area} Listed Room"));

        var reply = await RunAsync(builder, $"@rooms {area}");

        Assert.Contains(area, reply, StringComparison.Ordinal);
        Assert.Contains(id, reply, StringComparison.Ordinal);
        Assert.Contains(RoomNumber.Of(new RoomId(id)).ToString(System.Globalization.CultureInfo.InvariantCulture), reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Village Square", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teleport_MovesTheBuilder_ItemsAndOtherCharacters()
    {
        var (builder, builderName) = await NewBuilderAsync();
        var (visitor, visitorName) = await NewAccountAsync();
        var start = await OwnRoomAsync(builder);
        var target = IdIn(await RunAsync(builder, "@dig Landing"));
        var crate = IdIn(await RunAsync(builder, "@create a crate"));

        Assert.Contains("You send a crate", await RunAsync(builder, $"@teleport crate = {target}"), StringComparison.Ordinal);
        Assert.Contains("You send", await RunAsync(builder, $"@teleport *{visitorName} = {start}"), StringComparison.Ordinal);
        await visitor.WaitForAsync("Workshop");
        Assert.Contains("Landing", await RunAsync(builder, $"@tel {target}"), StringComparison.Ordinal);

        Assert.Equal(ObjectRef.Room(target), await Client.GetGrain<IObjectGrain>(crate).GetLocationAsync());
        Assert.Contains(await Client.GetGrain<IRoomGrain>(target).GetContentsAsync(), c => c.Id == crate);
        Assert.DoesNotContain(await Client.GetGrain<ICharacterGrain>(builderName.ToLowerInvariant()).GetContentsAsync(), c => c.Id == crate);
        Assert.Equal(start, (await Client.GetGrain<ICharacterGrain>(visitorName.ToLowerInvariant()).GetInfoAsync())!.Location.Value);
    }
}
