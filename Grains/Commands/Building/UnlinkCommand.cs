using Mud.Accounts;
using Mud.Objects;

namespace Mud.Commands.Building;

internal sealed class UnlinkCommand : Command<ICharacterContext>
{
    public override string Key => "@unlink";

    public override string Category => "Building";

    public override string Summary => "Make an exit lead nowhere.";

    public override string Help => """
        |w@unlink <exit>|n

        Makes an exit lead nowhere: it stays in the room, but going through it says it is not linked.
        |w@link|n points it somewhere again.
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Usage: |w@unlink <exit>|n");
            return;
        }

        if (await BuilderTargets.FindAsync(context, arguments) is not { } exit)
        {
            return;
        }

        if (exit.Kind != ObjectKind.Exit)
        {
            context.Send($"{BuilderTargets.Shown(exit)} is not an exit.");
            return;
        }

        if (await BuilderEdits.EditAsync(context, exit, new Relink(null)) is { } unlinked)
        {
            context.Send($"{BuilderTargets.Shown(unlinked)} now leads nowhere.");
        }
    }
}
