namespace Mud.Commands;

/// <summary>Durations as players read them: "5s", "3m", "2h 5m", "4d 1h".</summary>
public static class Durations
{
    public static string Short(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => $"{(int)span.TotalDays}d {span.Hours}h",
        { TotalHours: >= 1 } => $"{(int)span.TotalHours}h {span.Minutes}m",
        { TotalMinutes: >= 1 } => $"{(int)span.TotalMinutes}m",
        _ => $"{Math.Max(0, (int)span.TotalSeconds)}s",
    };
}
