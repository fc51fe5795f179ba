using Mud.Objects;
using Mud.Rooms;

namespace Mud.Commands.Building;

/// <summary>
/// What <c>@destroy</c> does once confirmed, leaving nothing dangling: the holder no longer lists what is gone, what
/// it held lands in the builder's room, exits that led to a destroyed room lead nowhere, and the directory forgets it.
/// </summary>
internal static class ObjectDestroyer
{
    /// <summary>Destroys an item or exit; returns what to tell the builder.</summary>
    public static async Task<string> DestroyThingAsync(ICharacterContext context, ObjectSnapshot thing)
    {
        // What it holds is moved out first, so nothing is ever left inside something that no longer exists.
        var rescued = 0;
        foreach (var content in thing.Contents.IsDefault ? [] : thing.Contents)
        {
            rescued += await MoveToBuilderAsync(context, content, thing.Ref) ? 1 : 0;
        }

        var last = await context.Grains.GetGrain<IObjectGrain>(thing.Id).DestroyAsync();
        if (last is null)
        {
            return "It is already gone.";
        }

        if (last.Location is { } holder)
        {
            await context.HolderOf(holder).RemoveContentAsync(thing.Id);
        }

        await BuilderTargets.Directory(context).RemoveAsync(thing.Ref);
        return $"You destroy {BuilderTargets.Shown(thing)}." + (rescued == 0 ? "" : $" What it held ({rescued}) is here now.");
    }

    /// <summary>Destroys a room (refused while anyone is in it); returns what to tell the builder.</summary>
    public static async Task<string> DestroyRoomAsync(ICharacterContext context, ObjectSnapshot room)
    {
        var contents = await context.Grains.GetGrain<IRoomGrain>(room.Id).DestroyAsync();
        if (contents is not { } held)
        {
            return $"Someone is in {BuilderTargets.Shown(room)}: a room is not destroyed with anyone in it.";
        }

        var directory = BuilderTargets.Directory(context);
        var leadingHere = (await directory.ListAsync(ObjectKind.Exit)).Where(e => e.Place == room.Id && !held.Any(h => h.Id == e.Ref.Key)).ToList();
        foreach (var exit in leadingHere)
        {
            await BuilderEdits.ApplyAsync(context, exit.Ref, new Relink(null));
        }

        var destroyedExits = 0;
        var rescued = 0;
        foreach (var content in held)
        {
            if (content.Kind == ObjectKind.Exit)
            {
                await context.Grains.GetGrain<IObjectGrain>(content.Id).DestroyAsync();
                await directory.RemoveAsync(content.Ref);
                destroyedExits++;
            }
            else
            {
                rescued += await MoveToBuilderAsync(context, content, room.Ref) ? 1 : 0;
            }
        }

        await directory.RemoveAsync(room.Ref);
        return $"You destroy {BuilderTargets.Shown(room)}, with its {destroyedExits} exit{(destroyedExits == 1 ? "" : "s")}. "
            + $"Exits unlinked elsewhere: {leadingHere.Count}." + (rescued == 0 ? "" : $" What it held ({rescued}) is here now.");
    }

    // The move protocol: the item stores its new place, the builder's room adds it, the old holder lets it go.
    private static async Task<bool> MoveToBuilderAsync(ICharacterContext context, ObjectSummary content, ObjectRef from)
    {
        var moved = await context.Grains.GetGrain<IObjectGrain>(content.Id).MoveAsync(new ObjectMove(from, context.Location, By: null));
        if (moved.Moved is not { } summary)
        {
            return false;
        }

        await context.Room.AddContentAsync(summary);
        await context.HolderOf(from).RemoveContentAsync(content.Id);

        return true;
    }
}
