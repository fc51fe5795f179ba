namespace Mud.Commands;

/// <summary>A typed line split into the command word and the rest.</summary>
public readonly record struct CommandLine(string Verb, string Arguments)
{
    /// <summary>
    /// The usual MUD shorthands: <c>'hello</c> and <c>"hello</c> say, <c>:waves</c> poses. A switch on the command word
    /// (<c>@tag/del</c>) goes to the front of the arguments (<c>/del ...</c>) for the command to read.
    /// </summary>
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
        var verb = space < 0 ? text : text[..space];
        var arguments = space < 0 ? "" : text[(space + 1)..].Trim();

        // Switches, as builders write them: "@tag/del sword = rusty" runs @tag with "/del sword = rusty"; they keep their case (@dig/area=Darkwood).
        var slash = verb.IndexOf('/');
        return slash > 0
            ? new(verb[..slash].ToLowerInvariant(), arguments.Length == 0 ? verb[slash..] : $"{verb[slash..]} {arguments}")
            : new(verb.ToLowerInvariant(), arguments);
    }
}
