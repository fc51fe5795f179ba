using Mud.Oob;

namespace Mud.WebPortal.Components.Pages.Play;

/// <summary>
/// Feeds the side panel from the game's out-of-band JSON messages (the GMCP vocabulary): <c>Char.Name</c>,
/// <c>Char.Vitals</c> and <c>Room.Info</c>. Anything else, or a field that is missing or of the wrong type,
/// leaves the panel as it was.
/// </summary>
public static class PanelUpdates
{
    public static PlayPanel Apply(PlayPanel panel, OobMessage message) => message.Name.ToLowerInvariant() switch
    {
        "char.name" => message.Kwarg("name") is OobText name ? panel with { Character = name.Value } : panel,
        "char.vitals" => panel with
        {
            Health = VitalOf(message, "hp", "maxhp") ?? panel.Health,
            Mana = VitalOf(message, "mp", "maxmp") ?? panel.Mana,
        },
        "room.info" => panel with
        {
            Room = (message.Kwarg("name") as OobText)?.Value ?? panel.Room,
            Area = (message.Kwarg("area") as OobText)?.Value ?? panel.Area,
            Exits = message.Kwarg("exits") is OobTable exits ? [.. exits.Fields.Select(f => f.Name)] : panel.Exits,
        },
        _ => panel,
    };

    /// <summary>How an exit key from <c>Room.Info</c> reads on its button: the short directions in full.</summary>
    public static string ExitName(string key) => key switch
    {
        "n" => "north",
        "s" => "south",
        "e" => "east",
        "w" => "west",
        "ne" => "northeast",
        "nw" => "northwest",
        "se" => "southeast",
        "sw" => "southwest",
        "u" => "up",
        "d" => "down",
        _ => key,
    };

    private static Vital? VitalOf(OobMessage message, string value, string max) =>
        message.Kwarg(value) is OobNumber now && message.Kwarg(max) is OobNumber most
            ? new Vital((int)now.Value, (int)most.Value)
            : null;
}
