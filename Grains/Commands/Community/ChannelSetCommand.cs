using Mud.Channels;

namespace Mud.Commands.Community;

internal sealed class ChannelSetCommand : Command<ISessionContext>
{
    public override string Key => "@cset";

    public override string Category => "Channels";

    public override string Summary => "Change who may listen, speak or administer on a channel.";

    public override string Help => """
        |w@cset <channel>/<listen|speak|admin> = <anyone|staff>|n

        Sets one of a channel's rules. Listeners the new listen rule shuts out stop hearing the channel.
        Example: |w@cset public/speak = staff|n
        """;

    public override Accounts.PermissionLevel Permission => Accounts.PermissionLevel.Admin;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var parts = arguments.Split('=', 2, StringSplitOptions.TrimEntries);
        var target = parts[0].Split('/', 2, StringSplitOptions.TrimEntries);
        if (parts is not [_, var rule] || target is not [var channel, var kindWord]
            || ChannelLocks.ParseKind(kindWord) is not { } kind || ChannelLocks.ParseAccess(rule) is not { } access)
        {
            context.Send("Usage: |w@cset <channel>/<listen|speak|admin> = <anyone|staff>|n");
            return;
        }

        var refusal = await context.Grains.GetGrain<IChannelDirectoryGrain>(0).SetRuleAsync(channel, kind, access, ChannelLocks.MemberOf(context.Account!));
        context.Send(refusal ?? $"On {Text.Markup.Escape(channel)}, {kindWord.ToLowerInvariant()} is now open to {ChannelLocks.Describe(access)}.");
        if (refusal is null)
        {
            await Admin.AdminSyntax.AuditAsync(context, "channel set", channel, $"{kindWord.ToLowerInvariant()} = {access}");
        }
    }
}
