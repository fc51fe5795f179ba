using System.Collections.Immutable;

namespace Mud.WebPortal.Components.Pages.Play;

/// <summary>
/// What the side panel shows: the character's vitals, the room it is in, what lies there, who is there, and what the
/// character carries. Null parts are not known yet. <see cref="Exits"/> are the game's exit keys (<c>n</c>, <c>u</c>,
/// or an exit's name), which are also commands.
/// </summary>
public sealed record PlayPanel(
    string? Character = null,
    Vital? Health = null,
    Vital? Mana = null,
    string? Room = null,
    string? Area = null,
    ImmutableArray<string> Exits = default,
    ImmutableArray<PanelItem> Inventory = default,
    ImmutableArray<PanelItem> RoomItems = default,
    ImmutableArray<string> Players = default)
{
    public static PlayPanel Empty { get; } = new();

    /// <summary>The people here but the character itself, whom <c>Room.Players</c> lists too.</summary>
    public IEnumerable<string> OthersHere => Players.IsDefault ? [] : Players.Where(p => p != Character);
}

/// <summary>A value out of its maximum, for a bar.</summary>
public sealed record Vital(int Value, int Max)
{
    /// <summary>How full the bar is, 0 to 100.</summary>
    public int Percent => Max <= 0 ? 0 : Math.Clamp((int)Math.Round(100.0 * Value / Max), 0, 100);
}

/// <summary>An item as <c>Char.Items</c> lists it: its object id, its name, and whether it holds things.</summary>
public sealed record PanelItem(string Id, string Name, bool IsContainer);
