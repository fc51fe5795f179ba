namespace Mud.Commands;

/// <summary>A typed line split into the command word and the rest.</summary>
public readonly record struct CommandLine(string Verb, string Arguments)
{
    /// <summary>The usual MUD shorthands: <c>'hello</c> and <c>"hello</c> say, <c>:waves</c> poses.</summary>
    public static CommandLine Parse(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return new("", "");
        }

        switch (text[0])
        {
            case '\'' or '"':
                return new("say", text[1..].Trim());
            case ':':
                return new("pose", text[1..].Trim());
        }

        var space = text.IndexOfAny([' ', '\t']);
        return space < 0
            ? new(CommandWord(text), "")
            : new(CommandWord(text[..space]), text[(space + 1)..].Trim());
    }

    // Switches keep their case (@dig/area=Darkwood): only the command word itself is lower-cased.
    private static string CommandWord(string word) =>
        word.IndexOf('/') is > 0 and var slash ? word[..slash].ToLowerInvariant() + word[slash..] : word.ToLowerInvariant();
}
