using Mud.Characters;
using Mud.Objects;

namespace Mud.Commands.Character;

internal sealed class LookCommand : Command<ICharacterContext>
{
    public override string Key => "look";

    public override IReadOnlyList<string> Aliases => ["l"];

    public override string Category => "Moving and looking";

    public override string Summary => "Look around, or at something or someone.";

    public override string Help => "|wlook|n\n|wlook <thing, exit or person>|n\n\nDescribes the room you are in, or whatever you name in it.";

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        var target = StripArticle(arguments);
        if (target.Length == 0)
        {
            await context.LookAroundAsync();
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
            var thing = await context.Grains.GetGrain<Objects.IObjectGrain>(id).GetSnapshotAsync();
            context.Send(thing is null ? $"You see no '{Text.Markup.Escape(target)}' here." : ObjectText.Describe(thing));
            return;
        }

        context.Send($"|c{found.Name}|n\n{found.Description}");
    }

    private static string StripArticle(string text) =>
        text.StartsWith("at ", StringComparison.OrdinalIgnoreCase) ? text[3..].Trim() : text;
}
