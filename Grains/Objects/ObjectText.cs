namespace Mud.Objects;

/// <summary>How objects read to players: looking at one, and lists of several.</summary>
public static class ObjectText
{
    /// <summary><c>look</c> at an item or exit: its name, its description, and a container's contents.</summary>
    public static string Describe(ObjectSnapshot thing)
    {
        var description = thing.Description.Length > 0 ? thing.Description
            : thing.Kind == ObjectKind.Exit ? $"The way {thing.Name} leads on from here."
            : "You see nothing special.";
        var text = $"|c{thing.Name}|n\n{description}";
        if (thing.IsContainer)
        {
            text += thing.Contents.IsDefaultOrEmpty ? "\nIt is empty." : $"\nIt holds: {List(thing.Contents)}.";
        }

        return text;
    }

    /// <summary>Names in a sentence, counting repeats: "a coin (3), a rusty sword".</summary>
    public static string List(IEnumerable<ObjectSummary> objects) => string.Join(", ", Counted(objects));

    /// <summary>Each name once, with how many there are when more than one.</summary>
    public static IEnumerable<string> Counted(IEnumerable<ObjectSummary> objects) =>
        objects.GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ({g.Count()})");
}
