using System.Globalization;

namespace Mud.Objects.Behaviours;

/// <summary>Reads a behaviour's interval attribute, kept within bounds so no builder can make an object spin.</summary>
public static class BehaviourPeriods
{
    public const int MinimumSeconds = 5;
    public const int MaximumSeconds = 86_400;

    public static TimeSpan From(ObjectSnapshot self, string attribute, int defaultSeconds)
    {
        var seconds = self.Attributes.GetValueOrDefault(attribute)?.AsNumber ?? defaultSeconds;
        return TimeSpan.FromSeconds(Math.Clamp(seconds, MinimumSeconds, MaximumSeconds));
    }

    public static string Describe(string attribute, int defaultSeconds) =>
        string.Create(CultureInfo.InvariantCulture, $"'{attribute}' seconds between turns (default {defaultSeconds}, {MinimumSeconds} to {MaximumSeconds})");
}
