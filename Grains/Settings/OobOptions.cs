using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>Limits on out-of-band subscriptions (configuration section <c>Mud:Oob</c>).</summary>
public sealed class OobOptions
{
    public const string Section = "Mud:Oob";

    /// <summary>The shortest interval a client may ask a value to be repeated at (MSDP REPEAT, GMCP/JSON Mud.Repeat).</summary>
    [Range(0.1, 3_600)]
    public double MinimumRepeatSeconds { get; set; } = 1;

    /// <summary>The longest such interval.</summary>
    [Range(1, 86_400)]
    public double MaximumRepeatSeconds { get; set; } = 3_600;

    /// <summary>Scheduled sends one session may have at once; further requests are refused.</summary>
    [Range(0, 100)]
    public int MaxRepeatsPerSession { get; set; } = 8;
}
