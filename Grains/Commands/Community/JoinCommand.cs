using Mud.Channels;

namespace Mud.Commands.Community;

internal sealed class JoinCommand : Command<ISessionContext>
{
    public override string Key => "join";

    public override string Category => "Channels";

    public override string Summary => "Start listening to a channel.";

    public override string Help => """
        |wjoin <channel>|n

        Puts your account on a channel, by name or alias, in every session you have open, now and after you
        log in again. Type |wchannels|n to see them.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length == 0 || arguments.Contains(' ', StringComparison.Ordinal))
        {
            context.Send("Usage: |wjoin <channel>|n");
            return;
        }

        var channel = await context.Grains.GetGrain<IChannelDirectoryGrain>(0).FindAsync(arguments);
        if (channel is null)
        {
            context.Send($"There is no channel called {Text.Markup.Escape(arguments)}. Type |wchannels|n to see them.");
            return;
        }

        if (!ChannelLocks.Allows(channel.Policy, ChannelRuleKind.Listen, ChannelLocks.MemberOf(context.Account!)))
        {
            context.Send($"You may not listen to {channel.Name}.");
            return;
        }

        var refusal = await context.AccountGrain!.JoinChannelAsync(channel);
        var word = channel.Aliases.IsDefaultOrEmpty ? channel.Key : channel.Aliases[0].ToLowerInvariant();
        context.Send(refusal ?? $"You join {channel.Name}. Talk on it with |w{word} <message>|n.");
    }
}
