using System.Collections.Immutable;
using System.Globalization;
using Mud.Characters;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.World;

/// <summary>Reads the whole world out of its grains (export), takes it down (wipe) and builds it again from a file (import).</summary>
public sealed class WorldArchive(IGrainFactory grains)
{
    private IObjectDirectoryGrain Directory => grains.GetGrain<IObjectDirectoryGrain>(0);

    public async Task<WorldExport> ExportAsync(string startRoom)
    {
        var entries = await Directory.ListAsync(kind: null);
        var rooms = await Task.WhenAll(entries.Where(e => e.Ref.Kind == ObjectKind.Room).Select(e => grains.GetGrain<IRoomGrain>(e.Ref.Key).GetRecordAsync()));
        var objects = await Task.WhenAll(entries.Where(e => e.Ref.IsHeldInObjectGrain).Select(e => grains.GetGrain<IObjectGrain>(e.Ref.Key).GetSnapshotAsync()));
        return new WorldExport(
            WorldExport.CurrentFormat,
            startRoom,
            [.. rooms.OfType<RoomRecord>().OrderBy(r => r.Definition.Id.Value, StringComparer.Ordinal)],
            [.. objects.OfType<ObjectSnapshot>().OrderBy(o => IdOrder(o.Id)).ThenBy(o => o.Id, StringComparer.Ordinal)]);
    }

    /// <summary>Destroys every room, exit and item the directory knows, and takes destroyed items out of characters' hands.</summary>
    public async Task WipeAsync()
    {
        var entries = await Directory.ListAsync(kind: null);
        foreach (var entry in entries.Where(e => e.Ref.IsHeldInObjectGrain))
        {
            var destroyed = await grains.GetGrain<IObjectGrain>(entry.Ref.Key).DestroyAsync();
            if (destroyed?.Location is { Kind: ObjectKind.Character } holder)
            {
                await grains.GetGrain<ICharacterGrain>(holder.Key).RemoveContentAsync(entry.Ref.Key);
            }

            await Directory.RemoveAsync(entry.Ref);
        }

        foreach (var room in entries.Where(e => e.Ref.Kind == ObjectKind.Room))
        {
            await grains.GetGrain<IRoomGrain>(room.Ref.Key).DestroyAsync(evenIfOccupied: true);
            await Directory.RemoveAsync(room.Ref);
        }
    }

    /// <summary>Wipes the world and makes it as the export says; the export must have been checked (<see cref="WorldExport.Problems"/>).</summary>
    public async Task ImportAsync(WorldExport export)
    {
        await WipeAsync();
        await Task.WhenAll(export.Rooms.Select(r => grains.GetGrain<IRoomGrain>(r.Definition.Id.Value).ReplaceAsync(r)));
        await Task.WhenAll(export.Objects.Select(o => grains.GetGrain<IObjectGrain>(o.Id).DefineAsync(o)));
        foreach (var held in export.Objects.Where(o => o.Location is { Kind: ObjectKind.Character }))
        {
            await grains.GetGrain<ICharacterGrain>(held.Location!.Key).AddContentAsync(held.Summary);
        }

        await Directory.RegisterAsync(
        [
            .. export.Rooms.Select(r => new DirectoryEntry(ObjectRef.Room(r.Definition.Id.Value), r.Definition.Name, r.Object.Aliases, r.Definition.Area)),
            .. export.Objects.Select(o => new DirectoryEntry(o.Ref, o.Name, o.Aliases, o.Destination ?? "")),
        ]);
    }

    // "#9" before "#10": numeric ids in number order.
    private static long IdOrder(string id) =>
        id.StartsWith('#') && long.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
}
