using System.Text;
using Mud.Channels;

namespace Mud.Commands.Community;

internal sealed class ChannelsCommand : Command<ISessionContext>
{
    public override string Key => "channels";

    public override IReadOnlyList<string> Aliases => ["chan"];

    public override string Category => "Channels";

    public override string Summary => "List the channels, and which you are on.";

    public override string Help => """
        |wchannels|n

        Lists the channels you may listen to, with their aliases and what they are for. A |g*|n marks those you
        are on. Talk on one with its name or alias: |wpub Hello!|n, or |wpub :waves|n to act.
        See also |whelp join|n, |whelp leave|n, |whelp mute|n and |whelp history|n.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var member = ChannelLocks.MemberOf(context.Account!);
        var all = await context.Grains.GetGrain<IChannelDirectoryGrain>(0).GetAllAsync();
        var subscriptions = await context.AccountGrain!.GetChannelsAsync();

        // A channel destroyed while the account was away is still in its list: drop it now.
        foreach (var gone in subscriptions.Where(s => !all.Any(c => c.Key == s.Key)))
        {
            await context.AccountGrain.LeaveChannelAsync(gone.Key);
        }

        var visible = all.Where(c => ChannelLocks.Allows(c.Policy, ChannelRuleKind.Listen, member)).ToList();
        if (visible.Count == 0)
        {
            context.Send("There are no channels.");
            return;
        }

        var text = new StringBuilder("Channels (|g*|n: you are on it):");
        foreach (var channel in visible)
        {
            var subscription = subscriptions.FirstOrDefault(s => s.Key == channel.Key);
            var mark = subscription is null ? " " : "|g*|n";
            var aliases = channel.Aliases.IsDefaultOrEmpty ? "" : $" ({string.Join(", ", channel.Aliases)})";
            var muted = subscription?.Muted == true ? " |y(muted)|n" : "";
            text.Append($"\n {mark} |w{channel.Name}|n{aliases}{muted} - {Text.Markup.Escape(channel.Description)}");
            if (member.IsStaff)
            {
                var policy = channel.Policy;
                text.Append($" |x[listen: {ChannelLocks.Describe(policy.Listen)}, speak: {ChannelLocks.Describe(policy.Speak)}, admin: {ChannelLocks.Describe(policy.Admin)}]|n");
            }
        }

        context.Send(text.ToString());
    }
}
