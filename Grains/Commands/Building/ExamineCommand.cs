using Mud.Accounts;

namespace Mud.Commands.Building;

internal sealed class ExamineCommand : Command<ICharacterContext>
{
    public override string Key => "@examine";

    public override IReadOnlyList<string> Aliases => ["@ex"];

    public override string Category => "Building";

    public override string Summary => "Show everything about an object.";

    public override string Help => """
        |w@examine [<object>]|n

        Shows an object's id, kind, name and aliases, where it is (and where an exit leads), its
        description, attributes with their types, tags, every lock (those set and the defaults), its
        behaviours and what it holds. Without an object, the room you are in.

        Examples: |w@ex here|n, |w@ex #12|n, |w@ex sword|n, |w@ex me|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (await BuilderTargets.FindAsync(context, arguments.Length == 0 ? "here" : arguments) is { } target)
        {
            context.Send(ObjectDescription.Examine(target));
        }
    }
}
