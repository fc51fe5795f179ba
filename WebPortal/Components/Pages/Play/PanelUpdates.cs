using System.Collections.Immutable;
using Mud.Oob;

namespace Mud.WebPortal.Components.Pages.Play;

/// <summary>
/// Feeds the side panel from the game's out-of-band JSON messages (the GMCP vocabulary): <c>Char.Name</c>,
/// <c>Char.Vitals</c>, <c>Room.Info</c>, <c>Char.Items.*</c> (locations <c>inv</c> and <c>room</c>) and <c>Room.Players</c>,
/// <c>Room.AddPlayer</c>, <c>Room.RemovePlayer</c>. Anything else, or a field that is missing or of the wrong type,
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
        "char.items.list" => message.Kwarg("items") is OobList list
            ? WithItems(panel, message, _ => [.. list.Items.Select(ItemOf).OfType<PanelItem>()])
            : panel,
        "char.items.add" or "char.items.update" => message.Kwarg("item") is { } value && ItemOf(value) is { } item
            ? WithItems(panel, message, items => Upsert(items, item))
            : panel,
        "char.items.remove" => message.Kwarg("item") is { } removed && ItemOf(removed) is { } gone
            ? WithItems(panel, message, items => items.RemoveAll(i => i.Id == gone.Id))
            : panel,
        "room.players" => message.Args is [OobList players] ? panel with { Players = [.. players.Items.Select(PlayerName).OfType<string>()] } : panel,
        "room.addplayer" => message.Kwarg("name") is OobText added
            ? panel with { Players = Known(panel.Players).Remove(added.Value).Add(added.Value) }
            : panel,
        "room.removeplayer" => message.Args is [OobText left] ? panel with { Players = Known(panel.Players).Remove(left.Value) } : panel,
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

    /// <summary>Changes the inventory (location <c>inv</c>) or the room's items (<c>room</c>); other locations (a container's <c>rep…</c>) are not shown.</summary>
    private static PlayPanel WithItems(PlayPanel panel, OobMessage message, Func<ImmutableArray<PanelItem>, ImmutableArray<PanelItem>> change) =>
        (message.Kwarg("location") as OobText)?.Value switch
        {
            "inv" => panel with { Inventory = change(Known(panel.Inventory)) },
            "room" => panel with { RoomItems = change(Known(panel.RoomItems)) },
            _ => panel,
        };

    /// <summary>Replaces the item of the same id where it stands, or adds it at the end.</summary>
    private static ImmutableArray<PanelItem> Upsert(ImmutableArray<PanelItem> items, PanelItem item) =>
        items.Any(i => i.Id == item.Id) ? [.. items.Select(i => i.Id == item.Id ? item : i)] : items.Add(item);

    private static PanelItem? ItemOf(OobValue value) =>
        value is OobTable item && item["id"] is { } id && item["name"] is OobText name
            ? new PanelItem(id.AsText(), name.Value, item["attrib"] is OobText attrib && attrib.Value.Contains('c', StringComparison.Ordinal))
            : null;

    private static string? PlayerName(OobValue value) => value is OobTable player && player["name"] is OobText name ? name.Value : null;

    private static ImmutableArray<T> Known<T>(ImmutableArray<T> values) => values.IsDefault ? [] : values;

    private static Vital? VitalOf(OobMessage message, string value, string max) =>
        message.Kwarg(value) is OobNumber now && message.Kwarg(max) is OobNumber most
            ? new Vital((int)now.Value, (int)most.Value)
            : null;
}
