namespace Mud.Channels;

/// <summary>What is stored for a channel: its settings and its last lines. Who listens is not stored (see <see cref="IChannelGrain"/>).</summary>
public sealed class ChannelState
{
    public ChannelInfo? Info { get; set; }

    /// <summary>The last lines said, oldest first, at most <c>Mud:Channels:HistorySize</c>.</summary>
    public List<ChannelLine> History { get; set; } = [];
}

/// <summary>What is stored for the channel directory: every channel's settings, as the channels have them.</summary>
public sealed class ChannelDirectoryState
{
    public List<ChannelInfo> Channels { get; set; } = [];
}
