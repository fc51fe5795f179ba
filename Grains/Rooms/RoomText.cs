namespace Mud.Rooms;

/// <summary>How a room reads to someone standing in it.</summary>
public static class RoomText
{
    public static string Describe(RoomView view)
    {
        var text = $"|c{view.Name}|n\n{view.Description}";
        if (!view.Things.IsEmpty)
        {
            text += $"\nYou notice: {string.Join(", ", view.Things)}.";
        }

        if (!view.Items.IsDefaultOrEmpty)
        {
            text += $"\nYou see: {string.Join(", ", view.Items.GroupBy(i => i, StringComparer.OrdinalIgnoreCase).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ({g.Count()})"))}.";
        }

        if (!view.Others.IsEmpty)
        {
            text += $"\nAlso here: |w{string.Join("|n, |w", view.Others)}|n.";
        }

        return text + (view.Exits.IsEmpty ? "\n|gThere is no way out.|n" : $"\n|gExits: {string.Join(", ", view.Exits)}|n");
    }
}
