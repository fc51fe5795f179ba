using Mud.Accounts;
using Mud.Objects;

namespace Mud.Commands.Building;

internal sealed class WipeCommand : Command<ICharacterContext>
{
    public override string Key => "@wipe";

    public override string Category => "Building";

    public override string Summary => "Remove one attribute of an object, or all of them.";

    public override string Help => """
        |w@wipe <object>|n
        |w@wipe <object>/<attribute>|n

        Removes every attribute of an object, or just the one named.

        Example: |w@wipe sword/damage|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Usage: |w@wipe <object>[/<attribute>]|n");
            return;
        }

        var slash = arguments.LastIndexOf('/');
        var (objectPart, attribute) = slash > 0 ? (arguments[..slash], arguments[(slash + 1)..].Trim()) : (arguments, "");
        if (await BuilderTargets.FindAsync(context, objectPart) is not { } target)
        {
            return;
        }

        ObjectEdit edit = attribute.Length == 0 ? new WipeAttributes() : new RemoveAttribute(attribute);
        if (await BuilderEdits.EditAsync(context, target, edit) is not null)
        {
            context.Send(attribute.Length == 0
                ? $"You wipe every attribute of {BuilderTargets.Shown(target)}."
                : $"You remove {Text.Markup.Escape(attribute)} from {BuilderTargets.Shown(target)}.");
        }
    }
}
