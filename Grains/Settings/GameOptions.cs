using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>Game rules an operator can set (configuration section <c>Mud</c>).</summary>
public sealed class GameOptions
{
    public const string Section = "Mud";

    /// <summary>The game's name, shown on the connection screen and the website.</summary>
    [Required, StringLength(40, MinimumLength = 1)]
    public string Name { get; set; } = "Mud";

    /// <summary>
    /// How the sessions of one account share characters. Only mode 1 exists so far: any number of sessions,
    /// all sharing one puppet and seeing the same output. Modes 0, 2 and 3 are refused until they are built.
    /// </summary>
    [Range(1, 1, ErrorMessage = "Mud:MultisessionMode: only mode 1 (all sessions of an account share one puppet) is implemented so far.")]
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
