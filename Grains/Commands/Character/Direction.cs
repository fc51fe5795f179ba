namespace Mud.Commands.Character;

/// <summary>The standard directions, each with its opposite so arrivals can say where someone came from.</summary>
public sealed record Direction(string Name, string? Abbreviation, string Opposite)
{
    public static readonly IReadOnlyList<Direction> All =
    [
        new("north", "n", "south"), new("south", "s", "north"), new("east", "e", "west"), new("west", "w", "east"),
        new("northeast", "ne", "southwest"), new("northwest", "nw", "southeast"),
        new("southeast", "se", "northwest"), new("southwest", "sw", "northeast"),
        new("up", "u", "down"), new("down", "d", "up"), new("in", null, "out"), new("out", null, "in"),
    ];

    public static Direction? Named(string name) => All.FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>"from the south", "from above", "from below", or null for named exits whose far side we cannot know.</summary>
    public static string? ArrivalPhrase(string exitName) => Named(exitName)?.Opposite switch
    {
        null => null,
        "up" => "from above",
        "down" => "from below",
        "in" => "from inside",
        "out" => "from outside",
        var opposite => "from the " + opposite,
    };
}
