using Mud.Accounts;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.Commands.Building;

internal sealed class RoomsCommand : Command<ICharacterContext>
{
    public override string Key => "@rooms";

    public override string Category => "Building";

    public override string Summary => "List the rooms, by area, with their ids and numbers.";

    public override string Help => """
        |w@rooms|n
        |w@rooms <area>|n

        Lists every room (or those of one area) by area, with its id, its room number (what mapping
        clients know it by, from GMCP |wRoom.Info|n) and its name.
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var rooms = (await BuilderTargets.Directory(context).ListAsync(ObjectKind.Room))
            .Where(r => arguments.Length == 0 || r.Place.Equals(arguments, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (rooms.Count == 0)
        {
            context.Send(arguments.Length == 0 ? "There are no rooms." : $"There are no rooms in the area '{Text.Markup.Escape(arguments)}'.");
            return;
        }

        var areas = rooms.GroupBy(r => r.Place, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase).Select(area =>
            $"|c{Text.Markup.Escape(area.Key.Length == 0 ? "(no area)" : area.Key)}|n\n"
            + string.Join('\n', area.Select(r => $"  {Text.Markup.Escape(r.Ref.Key),-20} {RoomNumber.Of(new RoomId(r.Ref.Key)),10}  {Text.Markup.Escape(r.Name)}")));
        context.Send(string.Join('\n', areas));
    }
}
