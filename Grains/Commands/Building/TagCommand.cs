using Mud.Accounts;
using Mud.Objects;

namespace Mud.Commands.Building;

internal sealed class TagCommand : Command<ICharacterContext>
{
    private const string Usage = "Usage: |w@tag <object> = <tag>|n, |w@tag/del <object> = <tag>|n or |w@tag <object>|n";

    public override string Key => "@tag";

    public override string Category => "Building";

    public override string Summary => "Tag an object, untag it, or list its tags.";

    public override string Help => """
        |w@tag <object> = <tag>|n
        |w@tag/del <object> = <tag>|n
        |w@tag <object>|n

        Tags are single words that group objects (|wweapon|n, |wguard|n). Locks can ask for them:
        |wtag(guard)|n passes for a character tagged guard.

        Example: |w@tag me = guard|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var (switches, rest) = BuildingSyntax.Switches(arguments);
        if (rest.Length == 0 || switches.Any(s => s != "del"))
        {
            context.Send(Usage);
            return;
        }

        var (objectPart, tag) = BuildingSyntax.Assignment(rest) ?? (rest, "");
        if (await BuilderTargets.FindAsync(context, objectPart) is not { } target)
        {
            return;
        }

        if (tag.Length == 0)
        {
            context.Send(switches.IsEmpty && !rest.Contains('=')
                ? $"{BuilderTargets.Shown(target)} is tagged: {(target.Tags.IsDefaultOrEmpty ? "nothing" : Text.Markup.Escape(string.Join(", ", target.Tags)))}."
                : Usage);
            return;
        }

        var removing = switches.Contains("del");
        ObjectEdit edit = removing ? new RemoveTag(tag) : new AddTag(tag);
        if (await BuilderEdits.EditAsync(context, target, edit) is { } after)
        {
            context.Send(removing
                ? $"{BuilderTargets.Shown(after)} is no longer tagged {Text.Markup.Escape(tag)}."
                : $"{BuilderTargets.Shown(after)} is now tagged {Text.Markup.Escape(tag.ToLowerInvariant())}.");
        }
    }
}
