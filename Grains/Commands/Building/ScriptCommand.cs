using Mud.Accounts;
using Mud.Objects;
using Mud.Objects.Behaviours;

namespace Mud.Commands.Building;

internal sealed class ScriptCommand : Command<ICharacterContext>
{
    private const string Usage = "Usage: |w@script <object> = <behaviour>|n, |w@script/del <object> = <behaviour>|n or |w@script|n to list them.";

    public override string Key => "@script";

    public override string Category => "Building";

    public override string Summary => "Attach a behaviour to an object, detach it, or list behaviours.";

    public override string Help => """
        |w@script|n
        |w@script <object> = <behaviour>|n
        |w@script/del <object> = <behaviour>|n

        Behaviours make items act by themselves while someone is in their room: an NPC that speaks, one
        that wanders. Their settings are the object's attributes (set with |w@set|n). Alone, |w@script|n
        lists the behaviours and the attributes each reads.

        Example: |w@script parrot = speaker|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var (switches, rest) = BuildingSyntax.Switches(arguments);
        if (rest.Length == 0 && switches.IsEmpty)
        {
            context.Send("Behaviours:\n" + string.Join('\n', BehaviourCatalog.Default.All.Select(b => $"  |w{b.Name,-12}|n {Text.Markup.Escape(b.Summary)}")));
            return;
        }

        if (switches.Any(s => s != "del") || BuildingSyntax.Assignment(rest) is not var (objectPart, behaviour) || objectPart.Length == 0 || behaviour.Length == 0)
        {
            context.Send(Usage);
            return;
        }

        if (await BuilderTargets.FindAsync(context, objectPart) is not { } target)
        {
            return;
        }

        var attach = !switches.Contains("del");
        if (await BuilderEdits.EditAsync(context, target, new SetBehaviour(behaviour, attach)) is { } after)
        {
            context.Send(attach
                ? $"{BuilderTargets.Shown(after)} now has the behaviour {Text.Markup.Escape(behaviour.ToLowerInvariant())}."
                : $"{BuilderTargets.Shown(after)} no longer has the behaviour {Text.Markup.Escape(behaviour)}.");
        }
    }
}
