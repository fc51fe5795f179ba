using Mud.Objects;

namespace Mud.Commands.Character;

internal sealed class GetCommand : Command<ICharacterContext>
{
    public override string Key => "get";

    public override IReadOnlyList<string> Aliases => ["take", "pick"];

    public override string Category => "Objects";

    public override string Summary => "Pick something up, or take it out of a container.";

    public override string Help => """
        |wget <item>|n
        |wget <item> from <container>|n
        |wget all|n

        Picks up an item lying here, or takes one out of a container here or in your hands. Name it by any
        word of its name or an alias; with several alike, |wget 2.sword|n takes the second.
        """;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Usage: |wget <item>|n, |wget <item> from <container>|n or |wget all|n.");
            return;
        }

        if (ObjectCommandParts.SplitAt(arguments, "from", "out of") is var (item, from))
        {
            await GetFromContainerAsync(context, item, from);
            return;
        }

        var here = await ObjectCommandParts.ItemsHereAsync(context);
        if (ObjectCommandParts.IsAll(arguments))
        {
            if (here.Count == 0)
            {
                context.Send("There is nothing here to pick up.");
            }

            foreach (var each in here)
            {
                await TakeAsync(context, each, context.Location, announceTo: context.Room, fromWhat: null);
            }

            return;
        }

        if (ObjectCommandParts.One(context, here, arguments, "here") is { } found)
        {
            await TakeAsync(context, found, context.Location, context.Room, fromWhat: null);
        }
    }

    private static async Task GetFromContainerAsync(ICharacterContext context, string item, string from)
    {
        var reach = context.Inventory.Concat(await ObjectCommandParts.ItemsHereAsync(context));
        if (ObjectCommandParts.One(context, reach.Where(r => r.IsContainer), from, "to take things from") is not { } container)
        {
            return;
        }

        var inside = await context.Grains.GetGrain<IObjectGrain>(container.Id).GetContentsAsync();
        if (ObjectCommandParts.One(context, inside, item, $"in {ObjectCommandParts.Shown(container)}") is { } found)
        {
            await TakeAsync(context, found, container.Ref, context.Room, container);
        }
    }

    private static async Task TakeAsync(ICharacterContext context, ObjectSummary item, ObjectRef from, Rooms.IRoomGrain announceTo, ObjectSummary? fromWhat)
    {
        var result = await context.TakeAsync(item, from);
        if (!result.Succeeded)
        {
            context.Send(Text.Markup.Escape(result.Message));
            return;
        }

        var name = ObjectCommandParts.Shown(item);
        var source = fromWhat is null ? "" : $" from {ObjectCommandParts.Shown(fromWhat)}";
        context.Send($"You take {name}{source}.");
        await announceTo.BroadcastAsync($"{context.Name} takes {name}{source}.", context.Key);
    }
}
