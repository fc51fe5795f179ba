using System.Collections.Immutable;
using Mud.Objects;
using Mud.Oob;
using Mud.Rooms;

namespace Mud.Tests.Grains.Oob;

/// <summary>GMCP <c>Char.Items</c> and <c>Room.Players</c>: lists when a client starts to care, changes as they happen.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ItemsAndPlayersTests(GameClusterFixture cluster) : OobTestBase(cluster)
{
    private const string Square = "village-square";

    [Fact]
    public async Task CharItems_ListsOnLogin_ThenAddOnGet_AndRemoveOnDrop_InTheInventoryAndTheRoom()
    {
        var pebble = await PlaceItemAsync(Square);
        try
        {
            var player = await ConnectedSpeakingAsync(OobProtocols.Gmcp);
            await SendAsync(player, OobProtocol.Gmcp, "Core.Supports.Set", "Char 1", "Char.Items 1", "Room 1");
            var name = TestPlayer.UniqueName();
            await player.TypeAsync($"create {name} s3cretpw");
            await player.TypeAsync($"connect {name} s3cretpw");

            var inventory = await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Items.List", m => Location(m) == "inv");
            Assert.Empty(((OobList)inventory[0].Message.Kwarg("items")!).Items);
            await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Items.List", m => Location(m) == "room" && ListedIds(m).Contains(pebble.Id));

            await player.TypeAsync($"get {pebble.Aliases[0]}");

            var added = await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Items.Add", m => Location(m) == "inv" && ItemId(m) == pebble.Id);
            var item = (OobTable)added[0].Message.Kwarg("item")!;
            Assert.Equal(pebble.Name, item["name"]!.AsText());
            Assert.Equal("", item["attrib"]!.AsText());
            await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Items.Remove", m => Location(m) == "room" && ItemId(m) == pebble.Id);

            await player.TypeAsync($"drop {pebble.Aliases[0]}");

            await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Items.Remove", m => Location(m) == "inv" && ItemId(m) == pebble.Id);
            await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Items.Add", m => Location(m) == "room" && ItemId(m) == pebble.Id);
        }
        finally
        {
            await RemoveItemAsync(pebble);
        }
    }

    [Fact]
    public async Task RoomPlayers_ListsEveryoneHere_ThenAddPlayerWhenSomeoneEnters_AndRemovePlayerWhenTheyLeave()
    {
        var (watcher, watcherName) = await PlayerSpeakingAsync(OobProtocols.Gmcp);
        await SendAsync(watcher, OobProtocol.Gmcp, "Core.Supports.Set", "Room 1");
        await WaitForPackageAsync(watcher, OobProtocol.Gmcp, "Room.Players", m => PlayerNames(m).Contains(watcherName));

        var (visitor, visitorName) = await PlayerSpeakingAsync(OobProtocols.Gmcp);

        var added = await WaitForPackageAsync(watcher, OobProtocol.Gmcp, "Room.AddPlayer", m => m.Kwarg("name")?.AsText() == visitorName);
        Assert.Equal(visitorName, added[0].Message.Kwarg("fullname")!.AsText());

        await visitor.TypeAsync("north");

        await WaitForPackageAsync(watcher, OobProtocol.Gmcp, "Room.RemovePlayer", m => m.Args.Length == 1 && m.Args[0].AsText() == visitorName);
        Assert.DoesNotContain(Recorder.Of(watcher.SessionId, OobProtocol.Gmcp), r => r.Message.Name.StartsWith("Char.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CharItemsInvAndRoom_SendTheListsAgain_AndAContainerIsMarked()
    {
        var bag = await PlaceItemAsync(Square, container: true);
        try
        {
            var (player, _) = await PlayerSpeakingAsync(OobProtocols.Gmcp);
            await SendAsync(player, OobProtocol.Gmcp, "Core.Supports.Set", "Char.Items 1");
            await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Items.List", m => Location(m) == "inv");
            await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Items.List", m => Location(m) == "room");

            await SendAsync(player, OobProtocol.Gmcp, "Char.Items.Inv");
            await SendAsync(player, OobProtocol.Gmcp, "Char.Items.Room");

            await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Items.List", m => Location(m) == "inv", count: 2);
            var room = await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Items.List", m => Location(m) == "room", count: 2);
            var listed = ((OobList)room[1].Message.Kwarg("items")!).Items.Cast<OobTable>().Single(i => i["id"]!.AsText() == bag.Id);
            Assert.Equal("c", listed["attrib"]!.AsText());
            Assert.DoesNotContain(Recorder.Of(player.SessionId, OobProtocol.Gmcp), r => r.Message.Name.StartsWith("Room.", StringComparison.Ordinal));
        }
        finally
        {
            await RemoveItemAsync(bag);
        }
    }

    [Fact]
    public async Task Json_GetsItemsAndPlayersWithoutAsking()
    {
        var (player, name) = await PlayerSpeakingAsync(OobProtocols.Json);

        await WaitForPackageAsync(player, OobProtocol.Json, "Char.Items.List", m => Location(m) == "inv");
        await WaitForPackageAsync(player, OobProtocol.Json, "Char.Items.List", m => Location(m) == "room");
        await WaitForPackageAsync(player, OobProtocol.Json, "Room.Players", m => PlayerNames(m).Contains(name));
    }

    /// <summary>A new item with a name and alias no other test uses, lying in <paramref name="roomKey"/>.</summary>
    private async Task<ObjectSummary> PlaceItemAsync(string roomKey, bool container = false)
    {
        var id = (await Client.GetGrain<IObjectDirectoryGrain>(0).NewIdsAsync(1))[0];
        var alias = "pebble" + Guid.NewGuid().ToString("N")[..8];
        var snapshot = await Client.GetGrain<IObjectGrain>(id).DefineAsync(new ObjectSnapshot(
            id, ObjectKind.Item, $"a grey {alias}", [alias], "A smooth grey pebble.", ImmutableSortedDictionary<string, AttributeValue>.Empty, [],
            LockSet.None, ObjectRef.Room(roomKey), [], IsContainer: container));
        await Client.GetGrain<IRoomGrain>(roomKey).AddContentAsync(snapshot.Summary);
        return snapshot.Summary;
    }

    private async Task RemoveItemAsync(ObjectSummary item)
    {
        if (await Client.GetGrain<IObjectGrain>(item.Id).DestroyAsync() is { Location: { } holder })
        {
            await Client.GetHolder(holder).RemoveContentAsync(item.Id);
        }
    }

    private static string? Location(OobMessage message) => message.Kwarg("location")?.AsText();

    private static string? ItemId(OobMessage message) => (message.Kwarg("item") as OobTable)?["id"]?.AsText();

    private static IEnumerable<string?> ListedIds(OobMessage message) =>
        message.Kwarg("items") is OobList list ? list.Items.OfType<OobTable>().Select(i => i["id"]?.AsText()) : [];

    private static IEnumerable<string?> PlayerNames(OobMessage message) =>
        message.Args is [OobList list] ? list.Items.OfType<OobTable>().Select(p => p["name"]?.AsText()) : [];
}
