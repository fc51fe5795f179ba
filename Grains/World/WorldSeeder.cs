using System.Collections.Immutable;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.World;

/// <summary>
/// Turns world data into grains: each room defined, each exit and item made an object in its room (or container).
/// Seeding again (a newer data file) redefines rooms and exits but leaves items that already exist where players
/// put them, and never makes a second copy of anything: data keys map to the object ids given the first time.
/// </summary>
public sealed class WorldSeeder(IGrainFactory grains, Dictionary<string, string> seeded, Func<Task> saveSeeded)
{
    // Filled by the rooms' seeding tasks; they all run on the world grain's one thread.
    private readonly List<DirectoryEntry> _entries = [];

    public static string SeedKey(RoomDefinition room, ExitDefinition exit) => $"exit:{room.Id}:{exit.Name.ToLowerInvariant()}";

    public static string SeedKey(ItemSeed item) => $"item:{item.Key}";

    public async Task SeedAsync(WorldDefinition world)
    {
        var keys = world.Rooms.SelectMany(r => r.Exits.Select(e => SeedKey(r, e)).Concat(AllItems(r.Items).Select(SeedKey))).Where(k => !seeded.ContainsKey(k)).ToList();
        if (keys.Count > 0)
        {
            var ids = await Directory.NewIdsAsync(keys.Count);
            for (var i = 0; i < keys.Count; i++)
            {
                seeded[keys[i]] = ids[i];
            }

            // Kept before anything is made, so a seeding cut short and run again reuses the same ids.
            await saveSeeded();
        }

        await Task.WhenAll(world.Rooms.Select(SeedRoomAsync));
        await Directory.RegisterAsync([.. _entries]);
    }

    private IObjectDirectoryGrain Directory => grains.GetGrain<IObjectDirectoryGrain>(0);

    private async Task SeedRoomAsync(RoomDefinition room)
    {
        var here = ObjectRef.Room(room.Id.Value);
        var exits = await Task.WhenAll(room.Exits.Select(exit => grains.GetGrain<IObjectGrain>(seeded[SeedKey(room, exit)]).DefineAsync(new ObjectSnapshot(
            seeded[SeedKey(room, exit)], ObjectKind.Exit, exit.Name, exit.Aliases, exit.Description,
            exit.Attributes ?? ImmutableSortedDictionary<string, AttributeValue>.Empty, exit.Tags.IsDefault ? [] : exit.Tags, exit.Locks ?? LockSet.None,
            here, [], exit.To.Value, Behaviours: exit.Behaviours.IsDefault ? [] : exit.Behaviours))));
        var items = await SeedItemsAsync(room.Items.IsDefault ? [] : room.Items, here);
        await grains.GetGrain<IRoomGrain>(room.Id.Value).DefineAsync(room, [.. exits.Select(e => e.Summary), .. items]);
        _entries.Add(new DirectoryEntry(here, room.Name, [], room.Area));
        _entries.AddRange(exits.Select(e => new DirectoryEntry(e.Ref, e.Name, e.Aliases, e.Destination ?? "")));
    }

    /// <summary>Makes the items that do not exist yet, with their contents; returns the summaries for their holder.</summary>
    private async Task<ImmutableArray<ObjectSummary>> SeedItemsAsync(ImmutableArray<ItemSeed> items, ObjectRef holder)
    {
        var made = new List<ObjectSummary>();
        foreach (var item in items)
        {
            var id = seeded[SeedKey(item)];
            var grain = grains.GetGrain<IObjectGrain>(id);
            if (await grain.GetSnapshotAsync() is not null)
            {
                continue;
            }

            var contents = await SeedItemsAsync(item.Contents.IsDefault ? [] : item.Contents, ObjectRef.Thing(ObjectKind.Item, id));
            var snapshot = await grain.DefineAsync(new ObjectSnapshot(
                id, ObjectKind.Item, item.Name, item.Aliases, item.Description, item.Attributes, item.Tags, item.Locks, holder, contents,
                IsContainer: item.IsContainer, Behaviours: item.Behaviours, Prototype: item.Prototype));
            made.Add(snapshot.Summary);
            _entries.Add(new DirectoryEntry(snapshot.Ref, snapshot.Name, snapshot.Aliases));
        }

        return [.. made];
    }

    private static IEnumerable<ItemSeed> AllItems(ImmutableArray<ItemSeed> items) =>
        items.IsDefault ? [] : items.SelectMany(i => AllItems(i.Contents).Prepend(i));
}
