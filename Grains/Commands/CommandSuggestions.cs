namespace Mud.Commands;

/// <summary>The "did you mean" part of the message for an unknown command.</summary>
public static class CommandSuggestions
{
    public static string UnknownCommandMessage(string verb, IEnumerable<ICommandInfo> visible)
    {
        var guesses = Suggest(verb, visible).Take(3).ToList();
        var hint = guesses.Count == 0 ? "" : $" Did you mean {string.Join(" or ", guesses.Select(g => $"|w{g}|n"))}?";
        return $"Unknown command '{Text.Markup.Escape(verb)}'.{hint} Type |whelp|n for a list of commands.";
    }

    public static IEnumerable<string> Suggest(string verb, IEnumerable<ICommandInfo> visible)
    {
        if (verb.Length == 0)
        {
            return [];
        }

        return visible
            .Select(c => (c.Key, Distance: c.Aliases.Prepend(c.Key).Min(w => Score(verb, w))))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key)
            .Distinct();
    }

    private static int Score(string typed, string word) =>
        word.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.Length >= 2 ? 0 : Levenshtein(typed.ToLowerInvariant(), word);

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
