using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>Game rules an operator can set (configuration section <c>Mud</c>).</summary>
public sealed class GameOptions
{
    public const string Section = "Mud";

    /// <summary>The game's name, shown on the connection screen and the website.</summary>
    [Required, StringLength(40, MinimumLength = 1)]
    public string Name { get; set; } = "Mud";

    /// <summary>How the sessions of one account share characters: 0, 1, 2 or 3 (see <see cref="Settings.MultisessionMode"/>).</summary>
    [Range(0, 3, ErrorMessage = "Mud:MultisessionMode must be 0 (one session), 1 (sessions share one puppet), 2 (a puppet per session) or 3 (sessions may share characters).")]
    public int MultisessionMode { get; set; } = 1;

    /// <summary>Characters one account may own; unset, <see cref="CharacterLimit"/> follows the mode.</summary>
    [Range(1, 100)]
    public int? MaxCharactersPerAccount { get; set; }

    /// <summary>Creating an account also creates a character of the same name.</summary>
    public bool AutoCreateCharacterWithAccount { get; set; } = true;

    /// <summary>Logging in puppets the account's last (or only) character at once.</summary>
    public bool AutoPuppetOnLogin { get; set; } = true;

    /// <summary>
    /// How long a character whose last connection dropped (rather than quit) stays in the world, link-dead,
    /// waiting for its player to come back. 0: it leaves at once.
    /// </summary>
    [Range(0, 3_600)]
    public int LinkDeadGraceSeconds { get; set; }

    /// <summary>
    /// How long a connection may stay at the login screen before it is closed, so idle or abandoned connections
    /// do not pile up. 0: never.
    /// </summary>
    [Range(0, 86_400)]
    public int LoginTimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// How long a logged-in session may go without a typed line before it is told so and closed; administrators
    /// are exempt. Fractions are allowed. 0: never.
    /// </summary>
    [Range(0.0, 10_080.0)]
    public double IdleTimeoutMinutes { get; set; }

    /// <summary>Pages (and tells) one account may send a minute; more are refused, and the sender told.</summary>
    [Range(1, 10_000)]
    public int PagesPerMinute { get; set; } = 20;

    public MultisessionMode Mode => (MultisessionMode)MultisessionMode;

    /// <summary>
    /// The characters one account may own: <see cref="MaxCharactersPerAccount"/> when set, else 1 in mode 0 (one
    /// session, one character) and 5 in the others, so that any mode starts on defaults.
    /// </summary>
    public int CharacterLimit => MaxCharactersPerAccount ?? (Mode == Settings.MultisessionMode.OneSession ? 1 : 5);

    /// <summary>The starter world data file, relative to the silo's folder.</summary>
    [Required]
    public string WorldFile { get; set; } = "world/starter.json";
}
