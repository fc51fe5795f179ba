using System.Collections.Immutable;

namespace Mud.Commands.Building;

/// <summary>How builder commands are written: switches (<c>/del</c>, <c>/area=forest</c>), <c>left = right</c>, and <c>name;alias;alias</c>.</summary>
internal static class BuildingSyntax
{
    /// <summary>
    /// Leading switches and the rest: <c>/area=forest glade</c> is ([area=forest], glade). Switch names are lower case;
    /// a switch's value keeps its case.
    /// </summary>
    public static (ImmutableArray<string> Switches, string Remainder) Switches(string arguments)
    {
        var text = arguments.TrimStart();
        if (!text.StartsWith('/'))
        {
            return ([], arguments.Trim());
        }

        var end = text.IndexOfAny([' ', '\t']);
        var written = end < 0 ? text : text[..end];
        var rest = end < 0 ? "" : text[end..].Trim();
        var switches = written.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.IndexOf('=') is > 0 and var at ? s[..at].ToLowerInvariant() + s[at..] : s.ToLowerInvariant());
        return ([.. switches], rest);
    }

    /// <summary>The value of a switch written <c>/name=value</c>, or null when it is not there.</summary>
    public static string? SwitchValue(ImmutableArray<string> switches, string name) =>
        switches.FirstOrDefault(s => s.StartsWith(name + "=", StringComparison.Ordinal)) is { } found ? found[(name.Length + 1)..] : null;

    /// <summary>Splits <c>left = right</c> at the first '='; null when there is none.</summary>
    public static (string Left, string Right)? Assignment(string arguments)
    {
        var at = arguments.IndexOf('=');
        return at < 0 ? null : (arguments[..at].Trim(), arguments[(at + 1)..].Trim());
    }

    /// <summary><c>rusty sword;sword;rusty</c> is the name "rusty sword" with the aliases "sword" and "rusty".</summary>
    public static (string Name, ImmutableArray<string> Aliases) Names(string text)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries);
        return (parts[0], [.. parts.Skip(1).Where(a => a.Length > 0)]);
    }

    /// <summary>The problem with a name and its aliases as a builder typed them, or null.</summary>
    public static string? NamesProblem(string name, ImmutableArray<string> aliases) =>
        Objects.ObjectNames.NameProblem(name)
        ?? aliases.Select(Objects.ObjectNames.NameProblem).FirstOrDefault(p => p is not null);
}
