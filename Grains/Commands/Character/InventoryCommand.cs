using Mud.Objects;

namespace Mud.Commands.Character;

internal sealed class InventoryCommand : Command<ICharacterContext>
{
    public override string Key => "inventory";

    public override IReadOnlyList<string> Aliases => ["i", "inv"];

    public override string Category => "Objects";

    public override string Summary => "List what you carry.";

    public override string Help => "|winventory|n (|wi|n)\n\nLists what you are carrying.";

    public override Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        context.Send(context.Inventory.Count == 0
            ? "You are not carrying anything."
            : $"You are carrying:\n  {string.Join("\n  ", ObjectText.Counted(context.Inventory))}");
        return Task.CompletedTask;
    }
}
