using System.Collections.Immutable;

namespace Mud.WebPortal.Components.Pages.Play;

/// <summary>
/// What the side panel shows: the character's vitals and the room it is in. Null parts are not known yet.
/// <see cref="Exits"/> are the game's exit keys (<c>n</c>, <c>u</c>, or an exit's name), which are also commands.
/// </summary>
public sealed record PlayPanel(
    string? Character = null,
    Vital? Health = null,
    Vital? Mana = null,
    string? Room = null,
    string? Area = null,
    ImmutableArray<string> Exits = default)
{
    public static PlayPanel Empty { get; } = new();
}

/// <summary>A value out of its maximum, for a bar.</summary>
public sealed record Vital(int Value, int Max)
{
    /// <summary>How full the bar is, 0 to 100.</summary>
    public int Percent => Max <= 0 ? 0 : Math.Clamp((int)Math.Round(100.0 * Value / Max), 0, 100);
}
