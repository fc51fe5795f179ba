using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>How vitals change over time (configuration section <c>Mud:Vitals</c>).</summary>
public sealed class VitalsOptions
{
    public const string Section = "Mud:Vitals";

    /// <summary>Seconds between regeneration ticks while a character is in the world.</summary>
    [Range(0.1, 3_600)]
    public double RegenerationSeconds { get; set; } = 3;
}
