using Mud.Accounts;
using Mud.Objects;

namespace Mud.Commands.Building;

internal sealed class LinkCommand : Command<ICharacterContext>
{
    public override string Key => "@link";

    public override string Category => "Building";

    public override string Summary => "Point an exit at another room.";

    public override string Help => """
        |w@link <exit> = <room>|n

        Makes an exit lead to another room, named by its id (|w#12|n) or its name. |w@unlink|n makes it
        lead nowhere.

        Example: |w@link north = #12|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (BuildingSyntax.Assignment(arguments) is not var (exitPart, roomPart) || exitPart.Length == 0 || roomPart.Length == 0)
        {
            context.Send("Usage: |w@link <exit> = <room>|n");
            return;
        }

        if (await BuilderTargets.FindAsync(context, exitPart) is not { } exit)
        {
            return;
        }

        if (exit.Kind != ObjectKind.Exit)
        {
            context.Send($"{BuilderTargets.Shown(exit)} is not an exit.");
            return;
        }

        if (await BuilderTargets.FindRoomAsync(context, roomPart) is { } destination
            && await BuilderEdits.EditAsync(context, exit, new Relink(destination.Ref.Key)) is { } linked)
        {
            context.Send($"{BuilderTargets.Shown(linked)} now leads to {BuilderTargets.Shown(destination)}.");
        }
    }
}
