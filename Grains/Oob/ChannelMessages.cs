using Mud.Channels;
using Mud.Text;

namespace Mud.Oob;

/// <summary>Talk as an out-of-band message: GMCP's <c>Comm.Channel.Text</c> and <c>Comm.Channel.List</c>, which the JSON endpoint shares.</summary>
public static class ChannelMessages
{
    public const string TextPackage = "Comm.Channel.Text";
    public const string ListPackage = "Comm.Channel.List";

    /// <summary><c>[{"name": "public", "caption": "Public", "command": "pub"}]</c>: the channels an account is on, with the word that talks on each.</summary>
    public static OobMessage List(IEnumerable<ChannelSubscription> channels) => OobMessage.Of(
        ListPackage,
        OobValue.List(channels.Select(c => OobValue.Table(
            new OobField("name", OobValue.Of(c.Key)),
            new OobField("caption", OobValue.Of(c.Name)),
            new OobField("command", OobValue.Of(c.Aliases.IsDefaultOrEmpty ? c.Key : c.Aliases[0].ToLowerInvariant()))))));

    /// <summary><c>{"channel": "say", "talker": "Alice", "text": "Alice says, \"hi\""}</c>, the text without colour markup.</summary>
    public static OobMessage Text(string channel, string talker, string markup) => OobMessage.WithKwargs(
        TextPackage,
        new OobField("channel", OobValue.Of(channel)),
        new OobField("talker", OobValue.Of(talker)),
        new OobField("text", OobValue.Of(Markup.Strip(markup))));
}
