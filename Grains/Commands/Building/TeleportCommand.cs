using Mud.Accounts;
using Mud.Characters;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.Commands.Building;

internal sealed class TeleportCommand : Command<ICharacterContext>
{
    private const string Usage = "Usage: |w@tel <room>|n or |w@teleport <object or me> = <room>|n";

    public override string Key => "@teleport";

    public override IReadOnlyList<string> Aliases => ["@tel"];

    public override string Category => "Building";

    public override string Summary => "Go to a room at once, or send something or someone there.";

    public override string Help => """
        |w@tel <room>|n
        |w@teleport <object or me> = <room>|n

        Takes you, or sends an item, exit or character, straight to a room named by its id (|w#12|n,
        |wvillage-square|n) or its name. Sending anything but yourself needs its |wcontrol|n lock.

        Examples: |w@tel #12|n, |w@teleport sword = village-square|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var (objectPart, roomPart) = BuildingSyntax.Assignment(arguments) ?? ("me", arguments.Trim());
        if (objectPart.Length == 0 || roomPart.Length == 0)
        {
            context.Send(Usage);
            return;
        }

        if (await BuilderTargets.FindAsync(context, objectPart) is not { } target || await BuilderTargets.FindRoomAsync(context, roomPart) is not { } room)
        {
            return;
        }

        if (target.Ref == context.Self)
        {
            await context.TeleportAsync(new RoomId(room.Ref.Key), $"{context.Name} vanishes.", $"{context.Name} appears out of thin air.");
            return;
        }

        if (!BuilderEdits.Allows(context, target, "control"))
        {
            return;
        }

        var sent = target.Kind switch
        {
            ObjectKind.Room => "A room stays where it is; |w@tel|n yourself there instead.",
            ObjectKind.Character => await context.Grains.GetGrain<ICharacterGrain>(target.Id).TeleportAsync(
                new RoomId(room.Ref.Key), $"{target.Name} vanishes.", $"{target.Name} appears out of thin air.")
                ? null
                : $"{BuilderTargets.Shown(target)} could not be moved there.",
            _ => await MoveThingAsync(context, target, ObjectRef.Room(room.Ref.Key)),
        };
        context.Send(sent ?? $"You send {BuilderTargets.Shown(target)} to {BuilderTargets.Shown(room)}.");
    }

    // The move protocol: the object stores its new place, the room adds it, the old holder lets it go.
    private static async Task<string?> MoveThingAsync(ICharacterContext context, ObjectSnapshot thing, ObjectRef room)
    {
        if (!await context.Grains.GetGrain<IRoomGrain>(room.Key).ExistsAsync())
        {
            return "That room has not been built.";
        }

        var result = await context.Grains.GetGrain<IObjectGrain>(thing.Id).MoveAsync(new ObjectMove(thing.Location ?? room, room, By: null));
        if (result.Moved is not { } moved)
        {
            return Text.Markup.Escape(result.Message);
        }

        await context.HolderOf(room).AddContentAsync(moved);
        if (thing.Location is { } from && from != room)
        {
            await context.HolderOf(from).RemoveContentAsync(thing.Id);
        }

        return null;
    }
}
