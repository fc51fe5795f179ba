using Mud.Objects;

namespace Mud.Commands.Character;

internal sealed class PutCommand : Command<ICharacterContext>
{
    public override string Key => "put";

    public override string Category => "Objects";

    public override string Summary => "Put something you carry into a container.";

    public override string Help => "|wput <item> in <container>|n\n\nPuts an item you carry into a container you carry or one that stands here.";

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (ObjectCommandParts.SplitAt(arguments, "in", "into", "inside") is not var (itemName, containerName) || itemName.Length == 0 || containerName.Length == 0)
        {
            context.Send("Usage: |wput <item> in <container>|n.");
            return;
        }

        if (ObjectCommandParts.One(context, context.Inventory, itemName, "in your hands") is not { } item)
        {
            return;
        }

        var reach = context.Inventory.Concat(await ObjectCommandParts.ItemsHereAsync(context)).ToList();
        if (ObjectCommandParts.One(context, reach, containerName, "here") is not { } container)
        {
            return;
        }

        if (!container.IsContainer)
        {
            context.Send($"{ObjectCommandParts.Shown(container)} cannot hold anything.");
            return;
        }

        if (await Containment.WouldEncloseItselfAsync(context.Grains, item.Id, container))
        {
            context.Send($"You cannot put {ObjectCommandParts.Shown(item)} inside itself.");
            return;
        }

        var result = await context.HandOverAsync(item, container.Ref);
        if (!result.Succeeded)
        {
            context.Send(Text.Markup.Escape(result.Message));
            return;
        }

        context.Send($"You put {ObjectCommandParts.Shown(item)} in {ObjectCommandParts.Shown(container)}.");
        await context.Room.BroadcastAsync($"{context.Name} puts {ObjectCommandParts.Shown(item)} in {ObjectCommandParts.Shown(container)}.", context.Key);
    }
}
