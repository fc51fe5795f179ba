using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>How vitals change over time (configuration section <c>Mud:Vitals</c>).</summary>
public sealed class VitalsOptions
{
    public const string Section = "Mud:Vitals";

    /// <summary>Seconds between regeneration ticks while a character is in the world.</summary>
    [Range(0.1, 3_600)]
    public double RegenerationSeconds { get; set; } = 3;

    /// <summary>
    /// Longest time a change of vitals waits before it is written. Vitals change many times a second in a fight
    /// or while regenerating, so they are written at most this often, with anything else stored about the
    /// character, when it leaves the world and when the silo stops: a silo that crashes loses at most this much
    /// of them, and never a move, a character or an account.
    /// </summary>
    [Range(1, 3_600)]
    public double SaveSeconds { get; set; } = 30;
}
