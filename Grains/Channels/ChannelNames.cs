using Mud.Commands;
using Mud.Commands.Character;

namespace Mud.Channels;

/// <summary>What channel names and aliases may be: short words of letters and digits that no command already answers to.</summary>
public static class ChannelNames
{
    public const int MinLength = 2;
    public const int MaxLength = 16;
    public const int MaxAliases = 5;
    public const int MaxDescriptionLength = 200;

    /// <summary>Null when the word may name a channel, else the reason it may not.</summary>
    public static string? Check(string word)
    {
        if (word.Length < MinLength || word.Length > MaxLength)
        {
            return $"A channel name or alias must be {MinLength} to {MaxLength} characters long.";
        }

        if (!char.IsAsciiLetter(word[0]) || !word.All(char.IsAsciiLetterOrDigit))
        {
            return "A channel name or alias must start with a letter and have only letters and digits.";
        }

        return IsCommandWord(word) ? $"'{word}' is already a command." : null;
    }

    // Typed commands are looked up before channels, so a channel called "look" could never be talked on.
    private static bool IsCommandWord(string word) =>
        CommandCatalog.Account.Find(word) is not null
        || CommandCatalog.Character.Find(word) is not null
        || CommandCatalog.Login.Find(word) is not null
        || Direction.All.Any(d => word.Equals(d.Name, StringComparison.OrdinalIgnoreCase) || word.Equals(d.Abbreviation, StringComparison.OrdinalIgnoreCase));
}
