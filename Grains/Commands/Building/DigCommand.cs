using Mud.Accounts;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.Commands.Building;

internal sealed class DigCommand : Command<ICharacterContext>
{
    private const string Usage = "Usage: |w@dig[/area=<area>] <room name>[;alias...] [= <exit>[;aliases][, <back exit>[;aliases]]]|n";

    public override string Key => "@dig";

    public override string Category => "Building";

    public override string Summary => "Make a new room, with exits to it and back if you like.";

    public override string Help => """
        |w@dig <room name>[;alias...]|n
        |w@dig <room name> = <exit>[;aliases], <back exit>[;aliases]|n
        |w@dig/area=<area> <room name> ...|n

        Makes a new room with a fresh id (|w#12|n), in the area of the room you stand in unless
        |w/area=<area>|n says otherwise. After |w=|n, an exit from here to the new room and, after a comma,
        one from the new room back here. The new room is empty: go there with |w@tel #12|n (or the exit)
        and describe it with |w@desc here = ...|n.

        Example: |w@dig Mossy Glade;glade = north;n, south;s|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var (switches, rest) = BuildingSyntax.Switches(arguments);
        var area = BuildingSyntax.SwitchValue(switches, "area")?.Trim();
        if (rest.Length == 0 || switches.Any(s => !s.StartsWith("area=", StringComparison.Ordinal)))
        {
            context.Send(Usage);
            return;
        }

        var (roomPart, exitPart) = BuildingSyntax.Assignment(rest) ?? (rest, "");
        var (name, aliases) = BuildingSyntax.Names(roomPart);
        var exits = exitPart.Length == 0 ? [] : exitPart.Split(',', StringSplitOptions.TrimEntries).Select(BuildingSyntax.Names).ToList();
        if (exits.Count > 2 || exits.Any(e => e.Name.Length == 0))
        {
            context.Send(Usage);
            return;
        }

        var problem = BuildingSyntax.NamesProblem(name, aliases)
            ?? exits.Select(e => BuildingSyntax.NamesProblem(e.Name, e.Aliases)).FirstOrDefault(p => p is not null)
            ?? (area is null ? null : ObjectNames.NameProblem(area));
        if (problem is not null)
        {
            context.Send(Text.Markup.Escape(problem));
            return;
        }

        var here = await context.Room.GetSnapshotAsync();
        if (exits.Count > 0 && here is null)
        {
            context.Send("The room you stand in has not been built: exits cannot start here.");
            return;
        }

        if (exits.Count > 0 && !BuilderEdits.Allows(context, here!, "edit"))
        {
            return;
        }

        if (exits.Count > 0 && await context.Room.FindExitAsync(exits[0].Name) is { } clash)
        {
            context.Send($"There is already an exit called {Text.Markup.Escape(clash.Name)} here ({Text.Markup.Escape(clash.Id)}).");
            return;
        }

        var roomId = await FreshRoomIdAsync(context);
        var ids = exits.Count == 0 ? [roomId] : (await BuilderTargets.Directory(context).NewIdsAsync(exits.Count)).Insert(0, roomId);
        var room = context.Grains.GetGrain<IRoomGrain>(roomId);
        await room.DefineAsync(new RoomDefinition(new RoomId(roomId), name, area ?? here?.Area ?? "", "", [], []), []);
        var made = aliases.IsEmpty ? await room.GetSnapshotAsync() : (await room.EditAsync(new Rename(name, aliases))).Object;
        await BuilderEdits.SettleAsync(context, made!);

        var lines = new List<string> { $"You dig {BuilderTargets.Shown(made!)} in the area {Text.Markup.Escape(made!.Area ?? "")}." };
        if (exits.Count > 0)
        {
            var there = await BuilderEdits.MakeExitAsync(context, ids[1], exits[0].Name, exits[0].Aliases, context.Location, roomId);
            lines.Add($"Exit {BuilderTargets.Shown(there)} leads there from here.");
        }

        if (exits.Count > 1)
        {
            var back = await BuilderEdits.MakeExitAsync(context, ids[2], exits[1].Name, exits[1].Aliases, ObjectRef.Room(roomId), context.Location.Key);
            lines.Add($"Exit {BuilderTargets.Shown(back)} leads back here.");
        }

        context.Send(string.Join('\n', lines));
    }

    // Mappers know rooms by a number derived from the id; an id whose number another room already has is skipped,
    // so two places never merge on a player's map.
    private static async Task<string> FreshRoomIdAsync(ICharacterContext context)
    {
        var directory = BuilderTargets.Directory(context);
        var taken = (await directory.ListAsync(ObjectKind.Room)).Select(r => RoomNumber.Of(new RoomId(r.Ref.Key))).ToHashSet();
        while (true)
        {
            var id = (await directory.NewIdsAsync(1))[0];
            if (!taken.Contains(RoomNumber.Of(new RoomId(id))))
            {
                return id;
            }
        }
    }
}
