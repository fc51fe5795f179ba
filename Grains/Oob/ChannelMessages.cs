using Mud.Text;

namespace Mud.Oob;

/// <summary>Talk as an out-of-band message: GMCP's <c>Comm.Channel.Text</c>, which the JSON endpoint shares.</summary>
public static class ChannelMessages
{
    public const string TextPackage = "Comm.Channel.Text";

    /// <summary><c>{"channel": "say", "talker": "Alice", "text": "Alice says, \"hi\""}</c>, the text without colour markup.</summary>
    public static OobMessage Text(string channel, string talker, string markup) => OobMessage.WithKwargs(
        TextPackage,
        new OobField("channel", OobValue.Of(channel)),
        new OobField("talker", OobValue.Of(talker)),
        new OobField("text", OobValue.Of(Markup.Strip(markup))));
}
