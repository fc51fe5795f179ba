using System.Collections.Immutable;
using Mud.Characters;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.Tests.Grains.Objects;

/// <summary>Rooms and objects made straight through the grains, so each test plays in a place of its own.</summary>
public static class TestWorld
{
    public static async Task<string> NewRoomAsync(IClusterClient client, string name = "A Bare Test Room")
    {
        var id = "test-" + Guid.NewGuid().ToString("N")[..12];
        await client.GetGrain<IRoomGrain>(id).DefineAsync(new RoomDefinition(new RoomId(id), name, "Tests", "Bare walls.", [], []), []);
        await client.GetGrain<IObjectDirectoryGrain>(0).RegisterAsync([new DirectoryEntry(ObjectRef.Room(id), name, [], "Tests")]);
        return id;
    }

    public static async Task<ObjectSummary> SpawnAsync(IClusterClient client, ObjectRef where, string name, string[] aliases, bool container = false, LockSet? locks = null, string? destination = null, string[]? tags = null)
    {
        var id = (await client.GetGrain<IObjectDirectoryGrain>(0).NewIdsAsync(1))[0];
        var snapshot = await client.GetGrain<IObjectGrain>(id).DefineAsync(new ObjectSnapshot(
            id, destination is null ? ObjectKind.Item : ObjectKind.Exit, name, [.. aliases], $"It is {name}.",
            ImmutableSortedDictionary<string, AttributeValue>.Empty, [.. tags ?? []], locks ?? LockSet.None, where, [], destination, container));
        await client.GetHolder(where).AddContentAsync(snapshot.Summary);
        await client.GetGrain<IObjectDirectoryGrain>(0).RegisterAsync([new DirectoryEntry(snapshot.Ref, name, snapshot.Aliases, destination ?? "")]);
        return snapshot.Summary;
    }

    /// <summary>Puts a player's character in a room, quietly.</summary>
    public static async Task MoveInAsync(IClusterClient client, TestPlayer player, string characterName, string roomId)
    {
        Assert.True(await client.GetGrain<ICharacterGrain>(characterName.ToLowerInvariant()).TeleportAsync(new RoomId(roomId), $"{characterName} vanishes.", $"{characterName} appears."));
        await player.WaitForAsync("Bare walls.");
    }

    public static async Task<ImmutableArray<ObjectSummary>> ContentsAsync(IClusterClient client, ObjectRef holder) =>
        await client.GetHolder(holder).GetContentsAsync();
}
