using Mud.Rooms;

namespace Mud.Objects;

/// <summary>
/// A door is an exit tagged <c>door</c>; it is shut while it also carries the tag <c>closed</c>. Tags, because they already
/// travel in every <see cref="ObjectSummary"/> a room holds (so walking needs no extra call), export with the world and
/// can be set by builders with <c>@tag</c>. The two sides of a door are two exits that lead to each other's rooms; opening
/// or closing one swings the other with it.
/// </summary>
public static class Doors
{
    public const string DoorTag = "door";
    public const string ClosedTag = "closed";

    public static bool IsDoor(ObjectSummary exit) => exit.Kind == ObjectKind.Exit && Has(exit, DoorTag);

    public static bool IsClosed(ObjectSummary exit) => IsDoor(exit) && Has(exit, ClosedTag);

    /// <summary>How a door is shown in a room's list of exits: <c>down (closed)</c>.</summary>
    public static string Shown(ObjectSummary exit) => IsClosed(exit) ? $"{exit.Name} (closed)" : exit.Name;

    /// <summary>
    /// Opens or closes the door <paramref name="exit"/> of room <paramref name="roomKey"/>, and its other side, refreshing
    /// what both rooms hold of them and telling the far room. <paramref name="editThisSide"/> edits the exit itself: a door
    /// closing by its own behaviour edits itself directly, since a grain calling its own reference would wait on its own turn.
    /// </summary>
    public static async Task SwingAsync(IGrainFactory grains, ObjectSummary exit, string roomKey, bool close, Func<ObjectEdit, Task<EditResult>> editThisSide)
    {
        ObjectEdit edit = close ? new AddTag(ClosedTag) : new RemoveTag(ClosedTag);
        if ((await editThisSide(edit)).Object is { } swung)
        {
            await grains.GetGrain<IRoomGrain>(roomKey).AddContentAsync(swung.Summary);
        }

        if (exit.Destination is not { } beyond)
        {
            return;
        }

        var farRoom = grains.GetGrain<IRoomGrain>(beyond);
        foreach (var otherSide in (await farRoom.GetContentsAsync()).Where(c => IsDoor(c) && c.Destination == roomKey && IsClosed(c) != close))
        {
            if ((await grains.GetGrain<IObjectGrain>(otherSide.Id).EditAsync(edit)).Object is { } other)
            {
                await farRoom.AddContentAsync(other.Summary);
                await farRoom.BroadcastAsync($"The way {other.Name} {(close ? "closes" : "opens")} from the other side.", exceptKey: null);
            }
        }
    }

    private static bool Has(ObjectSummary exit, string tag) => !exit.Tags.IsDefault && exit.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);
}
