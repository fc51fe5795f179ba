using System.Collections.Immutable;
using Mud.Oob;

namespace Mud.WebPortal.Components.Pages.Play;

/// <summary>
/// What the Channels tab shows, fed by the game's out-of-band JSON messages: the account's channels
/// (<c>Comm.Channel.List</c>) and the lines said on them (<c>Comm.Channel.Text</c>), the newest
/// <see cref="Capacity"/> kept. Lines said in the room (channel <c>say</c>) belong to the main output only.
/// Everything here is plain text; the page encodes it like any other text.
/// </summary>
public sealed class ChannelFeed(int capacity = ChannelFeed.DefaultCapacity)
{
    public const int DefaultCapacity = 500;
    private const string RoomTalk = "say";
    private readonly LinkedList<ChannelEntry> _lines = new();

    public int Capacity => capacity;

    /// <summary>The account's channels, as the game last listed them.</summary>
    public ImmutableArray<ChannelTab> Channels { get; private set; } = [];

    public IEnumerable<ChannelEntry> Lines => _lines;

    /// <summary>How many lines have ever arrived, for counting the unread ones.</summary>
    public long Received { get; private set; }

    /// <summary>Takes in a channel message; false for any other message, or one without the fields it needs.</summary>
    public bool Apply(OobMessage message)
    {
        switch (message.Name.ToLowerInvariant())
        {
            case "comm.channel.list" when message.Args is [OobList list]:
                Channels = [.. list.Items.Select(TabOf).OfType<ChannelTab>()];
                return true;
            case "comm.channel.text" when message.Kwarg("channel") is OobText channel && channel.Value != RoomTalk && message.Kwarg("text") is OobText text:
                _lines.AddLast(new ChannelEntry(++Received, channel.Value, (message.Kwarg("talker") as OobText)?.Value ?? "", text.Value));
                while (_lines.Count > capacity)
                {
                    _lines.RemoveFirst();
                }

                return true;
            default:
                return false;
        }
    }

    private static ChannelTab? TabOf(OobValue value) =>
        value is OobTable table && table["name"] is OobText name
            ? new ChannelTab(name.Value, (table["caption"] as OobText)?.Value ?? name.Value, (table["command"] as OobText)?.Value ?? name.Value)
            : null;
}

/// <summary>A channel the account is on: its key, its name as shown, and the word that talks on it (<c>pub</c>).</summary>
public sealed record ChannelTab(string Name, string Caption, string Command);

/// <summary>One line said on a channel, without colour: <c>[Public] Alice: hello</c>.</summary>
public sealed record ChannelEntry(long Id, string Channel, string Talker, string Text);
