namespace Mud.Commands.Community;

internal sealed class LeaveCommand : Command<ISessionContext>
{
    public override string Key => "leave";

    public override string Category => "Channels";

    public override string Summary => "Stop listening to a channel.";

    public override string Help => "|wleave <channel>|n\n\nTakes your account off a channel, by name or alias.";

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length == 0 || arguments.Contains(' ', StringComparison.Ordinal))
        {
            context.Send("Usage: |wleave <channel>|n");
            return;
        }

        var channels = await context.AccountGrain!.GetChannelsAsync();
        if (channels.FirstOrDefault(c => c.Answers(arguments)) is not { } channel)
        {
            context.Send($"You are not on a channel called {Text.Markup.Escape(arguments)}.");
            return;
        }

        await context.AccountGrain.LeaveChannelAsync(channel.Key);
        context.Send($"You leave {channel.Name}.");
    }
}
