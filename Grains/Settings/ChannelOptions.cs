using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>Talk channels (configuration section <c>Mud:Channels</c>).</summary>
public sealed class ChannelOptions
{
    public const string Section = "Mud:Channels";

    /// <summary>Lines each channel keeps for <c>history</c>.</summary>
    [Range(0, 1_000)]
    public int HistorySize { get; set; } = 50;

    /// <summary>
    /// Longest time a new line waits before the channel's history is written (a busy channel would otherwise
    /// write at every line). Also written when the channel grain goes; a crash loses at most this much history.
    /// </summary>
    [Range(0, 600)]
    public int HistorySaveSeconds { get; set; } = 5;

    /// <summary>The longest line a player may say on a channel.</summary>
    [Range(1, 10_000)]
    public int MaxMessageLength { get; set; } = 500;
}
