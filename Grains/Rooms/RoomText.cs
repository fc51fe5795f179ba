using System.Text;

namespace Mud.Rooms;

/// <summary>How a room reads to someone standing in it.</summary>
public static class RoomText
{
    public static string Describe(RoomView view)
    {
        var text = new StringBuilder().Append("|c").Append(view.Name).Append("|n\n").Append(view.Description);
        if (!view.Things.IsEmpty)
        {
            text.Append("\nYou notice: ").AppendJoin(", ", view.Things).Append('.');
        }

        if (!view.Items.IsDefaultOrEmpty)
        {
            text.Append("\nYou see: ").AppendJoin(", ", view.Items).Append('.');
        }

        if (!view.Others.IsEmpty)
        {
            text.Append("\nAlso here: |w").AppendJoin("|n, |w", view.Others).Append("|n.");
        }

        if (view.Exits.IsEmpty)
        {
            text.Append("\n|gThere is no way out.|n");
        }
        else
        {
            text.Append("\n|gExits: ").AppendJoin(", ", view.Exits).Append("|n");
        }

        return text.ToString();
    }
}
