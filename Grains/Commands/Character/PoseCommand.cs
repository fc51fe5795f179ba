using System.Text.RegularExpressions;
using Mud.Objects;

namespace Mud.Commands.Character;

internal sealed partial class PoseCommand : Command<ICharacterContext>
{
    public override string Key => "pose";

    public override IReadOnlyList<string> Aliases => ["emote", ":"];

    public override string Category => "Talking";

    public override string Summary => "Show an action to the room, naming things and people in it.";

    public override string Help => """
        |wpose <action>|n
        |w:<action>|n

        |wpose waves.|n shows everyone in the room "Alice waves.". A word written |w/word|n names something or
        someone in reach: |wpose polishes /sword and hands it to /bob.|n shows "Alice polishes a rusty sword and
        hands it to Bob.".
        """;

    public override async Task ExecuteAsync(ICharacterContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Pose what?");
            return;
        }

        var action = Text.Markup.Escape(arguments);
        if (Reference().IsMatch(action))
        {
            var named = await NameReferencesAsync(context, action);
            if (named is null)
            {
                return;
            }

            action = named;
        }

        var separator = action[0] is '\'' or ',' ? "" : " ";
        await context.Room.BroadcastAsync($"{context.Name}{separator}{action}", exceptKey: null);
    }

    // Escaped text keeps '/' as it is, so references are found after escaping and the names put in are builders' (markup-free) names.
    private static async Task<string?> NameReferencesAsync(ICharacterContext context, string action)
    {
        var reach = context.Inventory.Concat(await context.Room.GetContentsAsync()).ToList();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match reference in Reference().Matches(action))
        {
            var word = reference.Groups[1].Value;
            if (names.ContainsKey(word))
            {
                continue;
            }

            if (ObjectMatcher.Match(reach, word).Found is { } thing)
            {
                names[word] = thing.Name;
            }
            else if (await context.Room.FindAsync(word, viewerKey: "") is { CharacterKey: not null } person)
            {
                names[word] = person.Name;
            }
            else
            {
                context.Send($"There is nothing called '{word}' here to name in your pose.");
                return null;
            }
        }

        return Reference().Replace(action, m => names[m.Groups[1].Value]);
    }

    [GeneratedRegex(@"(?<![\w/])/([\p{L}\p{N}]+(?:[.\-][\p{L}\p{N}]+)*)")]
    private static partial Regex Reference();
}
