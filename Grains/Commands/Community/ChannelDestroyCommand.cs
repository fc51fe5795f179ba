using Mud.Channels;

namespace Mud.Commands.Community;

internal sealed class ChannelDestroyCommand : Command<ISessionContext>
{
    public override string Key => "@cdestroy";

    public override string Category => "Channels";

    public override string Summary => "Destroy a channel and its history.";

    public override string Help => "|w@cdestroy <channel>|n\n\nDestroys a channel, by name or alias. Everyone listening is told.";

    public override Accounts.PermissionLevel Permission => Accounts.PermissionLevel.Admin;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length == 0 || arguments.Contains(' ', StringComparison.Ordinal))
        {
            context.Send("Usage: |w@cdestroy <channel>|n");
            return;
        }

        var refusal = await context.Grains.GetGrain<IChannelDirectoryGrain>(0).DestroyAsync(arguments, ChannelLocks.MemberOf(context.Account!));
        context.Send(refusal ?? $"Channel {Text.Markup.Escape(arguments)} destroyed.");
        if (refusal is null)
        {
            await Admin.AdminSyntax.AuditAsync(context, "channel destroy", arguments, "");
        }
    }
}
