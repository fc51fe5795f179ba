using System.Collections.Frozen;

namespace Mud.Accounts;

/// <summary>What account and character names may be. One set of rules for telnet and the web.</summary>
public static class NameRules
{
    public const int MinLength = 3;
    public const int MaxLength = 20;

    private static readonly FrozenSet<string> Reserved = new[]
    {
        "admin", "administrator", "all", "builder", "connect", "create", "god", "guest", "help", "here", "me",
        "moderator", "mud", "new", "nobody", "none", "quit", "root", "self", "server", "someone", "staff",
        "system", "who", "wizard",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when the name is acceptable, else the reason it is not.</summary>
    public static string? Check(string name)
    {
        if (name.Length < MinLength || name.Length > MaxLength)
        {
            return $"A name must be {MinLength} to {MaxLength} letters long.";
        }

        if (!name.All(char.IsAsciiLetter))
        {
            return "A name may only contain the letters a to z.";
        }

        return Reserved.Contains(name) ? $"The name '{name}' is reserved." : null;
    }

    /// <summary>The grain key for a name: names are unique regardless of case.</summary>
    public static string KeyOf(string name) => name.ToLowerInvariant();

    /// <summary>How a name is shown: first letter capital, the rest lower case.</summary>
    public static string Display(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();
}
