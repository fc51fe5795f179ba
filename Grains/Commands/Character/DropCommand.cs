namespace Mud.Commands.Character;

internal sealed class DropCommand : Command<ICharacterContext>
{
    public override string Key => "drop";

    public override string Category => "Objects";

    public override string Summary => "Put down something you carry.";

    public override string Help => "|wdrop <item>|n\n|wdrop all|n\n\nLeaves an item you carry on the ground here.";

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Usage: |wdrop <item>|n or |wdrop all|n.");
            return;
        }

        if (ObjectCommandParts.IsAll(arguments))
        {
            if (context.Inventory.Count == 0)
            {
                context.Send("You are not carrying anything.");
            }

            foreach (var each in context.Inventory.ToList())
            {
                await DropAsync(context, each);
            }

            return;
        }

        if (ObjectCommandParts.One(context, context.Inventory, arguments, "in your hands") is { } item)
        {
            await DropAsync(context, item);
        }
    }

    private static async Task DropAsync(ICharacterContext context, Objects.ObjectSummary item)
    {
        var result = await context.HandOverAsync(item, context.Location);
        if (!result.Succeeded)
        {
            context.Send(Text.Markup.Escape(result.Message));
            return;
        }

        var name = ObjectCommandParts.Shown(item);
        context.Send($"You drop {name}.");
        await context.Room.BroadcastAsync($"{context.Name} drops {name}.", context.Key);
    }
}
