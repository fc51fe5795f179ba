using System.Collections.Immutable;

namespace Mud.Accounts;

/// <summary>What a nick may be, and how a typed line is rewritten with the account's nicks.</summary>
public static class NickRules
{
    public const int MaxNicks = 50;
    public const int MaxWordLength = 20;
    public const int MaxReplacementLength = 200;

    /// <summary>Words a nick may not take over, or a player could lock themselves out of fixing their nicks.</summary>
    private static readonly ImmutableHashSet<string> Protected = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "nick", "nick/delete", "quit", "help");

    /// <summary>Null when the nick may be set, else the reason.</summary>
    public static string? Problem(string word, string replacement)
    {
        if (word.Length == 0 || word.Length > MaxWordLength || word.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return $"A nick must be one word of at most {MaxWordLength} characters.";
        }

        if (Protected.Contains(word))
        {
            return $"'{word}' cannot be a nick.";
        }

        if (replacement.Length == 0 || replacement.Length > MaxReplacementLength)
        {
            return $"What a nick stands for must be 1 to {MaxReplacementLength} characters long.";
        }

        return null;
    }

    /// <summary>
    /// The line with its first word replaced, when that word is a nick (nicks are keyed in lower case); the rest
    /// of the line follows the replacement.
    /// </summary>
    public static string Apply(IReadOnlyDictionary<string, string> nicks, string line)
    {
        if (nicks.Count == 0)
        {
            return line;
        }

        var text = line.TrimStart();
        var space = text.IndexOfAny([' ', '\t']);
        var word = space < 0 ? text : text[..space];
        if (!nicks.TryGetValue(word.ToLowerInvariant(), out var replacement))
        {
            return line;
        }

        return space < 0 ? replacement : replacement + text[space..];
    }
}
