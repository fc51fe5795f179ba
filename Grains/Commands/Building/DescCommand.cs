using Mud.Accounts;
using Mud.Objects;

namespace Mud.Commands.Building;

internal sealed class DescCommand : Command<ICharacterContext>
{
    public override string Key => "@desc";

    public override IReadOnlyList<string> Aliases => ["@describe"];

    public override string Category => "Building";

    public override string Summary => "Describe an object or the room you are in.";

    public override string Help => """
        |w@desc <object> = <text>|n
        |w@desc <text>|n

        Sets what players see when they |wlook|n at an object; without |w<object> =|n, the room you stand
        in. Colour codes such as |w||c|n work in descriptions.

        Example: |w@desc here = Moss covers the stones of a quiet glade.|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var (objectPart, text) = BuildingSyntax.Assignment(arguments) ?? ("here", arguments);
        if (objectPart.Length == 0 || text.Length == 0)
        {
            context.Send("Usage: |w@desc <object> = <text>|n or |w@desc <text>|n for the room you are in.");
            return;
        }

        if (await BuilderTargets.FindAsync(context, objectPart) is { } target
            && await BuilderEdits.EditAsync(context, target, new Describe(text)) is { } described)
        {
            context.Send($"You describe {BuilderTargets.Shown(described)}.");
        }
    }
}
