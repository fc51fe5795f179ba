using Mud.Accounts;

namespace Mud.Commands.Building;

internal sealed class SpawnCommand : Command<ICharacterContext>
{
    public override string Key => "@spawn";

    public override string Category => "Building";

    public override string Summary => "Make an item from a prototype, or list the prototypes.";

    public override string Help => """
        |w@spawn|n
        |w@spawn <prototype>|n

        Without a prototype, lists the prototypes of the world data (|wworld/prototypes.json|n). With one,
        makes an item from it, with everything it holds, and puts it in your inventory.

        Example: |w@spawn iron-sword|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Builder;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var prototypes = context.Content.Prototypes;
        if (arguments.Length == 0)
        {
            context.Send(prototypes.IsEmpty
                ? "There are no prototypes: the world data has no prototypes file."
                : "Prototypes:\n" + string.Join('\n', prototypes.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
                    .Select(p => $"  |w{Text.Markup.Escape(p.Key),-20}|n {Text.Markup.Escape(p.Value.Name)}")));
            return;
        }

        if (!prototypes.TryGetValue(arguments, out var prototype))
        {
            context.Send($"There is no prototype '{Text.Markup.Escape(arguments)}'. |w@spawn|n alone lists them.");
            return;
        }

        var item = await BuilderEdits.MakeItemAsync(context, prototype, context.Self);
        context.Send($"You spawn {BuilderTargets.Shown(item)} from the prototype {Text.Markup.Escape(prototype.Prototype ?? arguments)}. It is in your hands.");
    }
}
