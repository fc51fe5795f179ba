using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>Game rules an operator can set (configuration section <c>Mud</c>).</summary>
public sealed class GameOptions
{
    public const string Section = "Mud";

    /// <summary>The game's name, shown on the connection screen and the website.</summary>
    [Required, StringLength(40, MinimumLength = 1)]
    public string Name { get; set; } = "Mud";

    /// <summary>0: one session per account; 1: many sessions sharing one puppet; 2: one puppet per session; 3: sessions may share puppets.</summary>
    [Range(0, 3)]
    public int MultisessionMode { get; set; } = 1;

    [Range(1, 100)]
    public int MaxCharactersPerAccount { get; set; } = 5;

    /// <summary>Creating an account also creates a character of the same name.</summary>
    public bool AutoCreateCharacterWithAccount { get; set; } = true;

    /// <summary>Logging in puppets the account's last (or only) character at once.</summary>
    public bool AutoPuppetOnLogin { get; set; } = true;

    /// <summary>The starter world data file, relative to the silo's folder.</summary>
    [Required]
    public string WorldFile { get; set; } = "world/starter.json";
}
