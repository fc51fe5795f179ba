using Mud.Accounts;
using Mud.Objects;

namespace Mud.Commands.Building;

internal sealed class NameCommand : Command<ICharacterContext>
{
    public override string Key => "@name";

    public override IReadOnlyList<string> Aliases => ["@rename"];

    public override string Category => "Building";

    public override string Summary => "Rename an object, and set its aliases.";

    public override string Help => """
        |w@name <object> = <name>[;alias...]|n

        Renames an item, exit or room. Aliases after |w;|n replace the old ones; without any, the old
        aliases stay. A character keeps its name, but may be given aliases.

        Example: |w@name #15 = an old rusty sword;sword;rusty|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (BuildingSyntax.Assignment(arguments) is not var (objectPart, namePart) || objectPart.Length == 0 || namePart.Length == 0)
        {
            context.Send("Usage: |w@name <object> = <name>[;alias...]|n");
            return;
        }

        var (name, aliases) = BuildingSyntax.Names(namePart);
        if (BuildingSyntax.NamesProblem(name, aliases) is { } problem)
        {
            context.Send(Text.Markup.Escape(problem));
            return;
        }

        if (await BuilderTargets.FindAsync(context, objectPart) is not { } target)
        {
            return;
        }

        var edit = new Rename(name, namePart.Contains(';') ? aliases : null);
        if (await BuilderEdits.EditAsync(context, target, edit) is { } renamed)
        {
            var aliasText = renamed.Aliases.IsDefaultOrEmpty ? "no aliases" : $"aliases {Text.Markup.Escape(string.Join(", ", renamed.Aliases))}";
            context.Send($"{Text.Markup.Escape(target.Name)} is now {BuilderTargets.Shown(renamed)}, with {aliasText}.");
        }
    }
}
