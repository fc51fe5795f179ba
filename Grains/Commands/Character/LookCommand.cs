using Mud.Characters;
using Mud.Objects;

namespace Mud.Commands.Character;

internal sealed class LookCommand : Command<ICharacterContext>
{
    public override string Key => "look";

    public override IReadOnlyList<string> Aliases => ["l"];

    public override string Category => "Moving and looking";

    public override string Summary => "Look around, or at something or someone.";

    public override string Help => """
        |wlook|n
        |wlook <thing, item, exit or person>|n
        |wlook in <container>|n

        Describes the room you are in, or whatever you name: something here, something you carry, or
        (with |win|n) what a container holds. With several alike, |wlook 2.sword|n looks at the second.
        """;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var target = StripArticle(arguments);
        if (target.Length == 0)
        {
            await context.LookAroundAsync();
            return;
        }

        if (target.StartsWith("in ", StringComparison.OrdinalIgnoreCase))
        {
            target = target[3..].Trim();
        }

        if (ObjectMatcher.Match(context.Inventory, target).Found is { } carried)
        {
            await DescribeObjectAsync(context, carried.Id, target);
            return;
        }

        var found = await context.Room.FindAsync(target, context.Key);
        if (found is null)
        {
            context.Send($"You see no '{Text.Markup.Escape(target)}' here.");
            return;
        }

        if (found.CharacterKey is { } key)
        {
            var person = await context.Grains.GetGrain<ICharacterGrain>(key).GetInfoAsync();
            context.Send(person is null ? $"You see no '{Text.Markup.Escape(target)}' here." : $"|c{person.Name}|n\n{Text.Markup.Escape(person.Description)}");
            return;
        }

        if (found.ObjectId is { } id)
        {
            await DescribeObjectAsync(context, id, target);
            return;
        }

        context.Send($"|c{found.Name}|n\n{found.Description}");
    }

    private static async Task DescribeObjectAsync(ICharacterContext context, string id, string target)
    {
        var thing = await context.Grains.GetGrain<IObjectGrain>(id).GetSnapshotAsync();
        context.Send(thing is null ? $"You see no '{Text.Markup.Escape(target)}' here." : ObjectText.Describe(thing));
    }

    private static string StripArticle(string text) =>
        text.StartsWith("at ", StringComparison.OrdinalIgnoreCase) ? text[3..].Trim() : text;
}
