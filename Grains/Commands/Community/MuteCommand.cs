namespace Mud.Commands.Community;

/// <summary><c>mute</c> and <c>unmute</c>: one class, two instances, since they differ only in which way they switch.</summary>
internal sealed class MuteCommand(bool mute) : Command<ISessionContext>
{
    public override string Key => mute ? "mute" : "unmute";

    public override string Category => "Channels";

    public override string Summary => mute ? "Stop hearing a channel without leaving it." : "Hear a muted channel again.";

    public override string Help => mute
        ? "|wmute <channel>|n\n\nYou stay on the channel but hear nothing from it, in any session, until you |wunmute|n it."
        : "|wunmute <channel>|n\n\nHear a channel you muted again.";

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length == 0 || arguments.Contains(' ', StringComparison.Ordinal))
        {
            context.Send($"Usage: |w{Key} <channel>|n");
            return;
        }

        var channels = await context.AccountGrain!.GetChannelsAsync();
        if (channels.FirstOrDefault(c => c.Answers(arguments)) is not { } channel)
        {
            context.Send($"You are not on a channel called {Text.Markup.Escape(arguments)}.");
            return;
        }

        var refusal = await context.AccountGrain.MuteChannelAsync(channel.Key, mute);
        context.Send(refusal ?? (mute
            ? $"You mute {channel.Name}: you stay on it but hear nothing until you |wunmute {channel.Key}|n."
            : $"You unmute {channel.Name}."));
    }
}
