using Mud.Accounts;

namespace Mud.Commands.Admin;

internal sealed class AccountCommand : Command<ISessionContext>
{
    private const string Usage = "Usage: |w@account <player>|n, |w@account/lock <player> [= <reason>]|n, |w@account/unlock <player>|n or |w@account/reset <player>|n";

    public override string Key => "@account";

    public override string Category => "Administration";

    public override string Summary => "Look up an account; lock, unlock or reset its password.";

    public override string Help => """
        |w@account <player>|n
        |w@account/lock <player> [= <reason>]|n
        |w@account/unlock <player>|n
        |w@account/reset <player>|n

        Alone, shows the account (named by account or character): its level, characters, connections with
        their addresses, and any lock or ban. |w/lock|n keeps everyone out of it until |w/unlock|n, and
        disconnects it now; the player is told the reason when they try to log in. |w/reset|n gives it a new
        random password, shown to you alone, to pass on. You cannot lock yourself, anyone at or above your
        level (unless you are a Developer), nor the last Developer. Every change is in the audit log.
        """;

    public override PermissionLevel Permission => PermissionLevel.Admin;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var (option, rest) = AdminSyntax.SplitSwitch(arguments);
        var (player, reason) = AdminSyntax.SplitReason(rest);
        if (player.Length == 0 || player.Contains(' ') || (reason.Length > 0 && option != "lock"))
        {
            context.Send(Usage);
            return;
        }

        var admin = AdminSyntax.Admin(context);
        var actor = AdminSyntax.Actor(context);
        switch (option)
        {
            case "":
                await ShowAsync(context, player);
                break;
            case "lock":
                await AdminSyntax.RunAsync(context, admin.LockAsync(actor, player, reason));
                break;
            case "unlock":
                await AdminSyntax.RunAsync(context, admin.UnlockAsync(actor, player));
                break;
            case "reset":
                await AdminSyntax.RunAsync(context, admin.ResetPasswordAsync(actor, player));
                break;
            default:
                context.Send(Usage);
                break;
        }
    }

    private static async Task ShowAsync(ISessionContext context, string player)
    {
        var answer = await AdminSyntax.Admin(context).GetAccountAsync(AdminSyntax.Actor(context), player);
        if (answer.Value is not { } report)
        {
            context.Send(answer.Refusal ?? "There is no such account.");
            return;
        }

        var now = context.Clock.GetUtcNow();
        var account = report.Account;
        var lines = new List<string>
        {
            $"|wAccount {account.Name}|n, {account.Level}, created {account.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.",
            $"Characters: {(account.Characters.IsEmpty ? "none" : string.Join(", ", account.Characters))}.",
        };
        if (account.LockedBecause is { } locked)
        {
            lines.Add("|rLocked|n" + (locked.Length > 0 ? $": {Text.Markup.Escape(locked)}" : "."));
        }

        if (report.Ban is { } ban)
        {
            lines.Add($"|rBanned|n by {Text.Markup.Escape(ban.By)} {(ban.Until is { } until ? "for " + Durations.Short(until - now) + " more" : "until lifted")}"
                + (ban.Reason.Length > 0 ? $": {Text.Markup.Escape(ban.Reason)}" : "."));
        }

        lines.Add(report.Sessions.IsEmpty ? "Not connected." : "Connections:");
        lines.AddRange(report.Sessions.Select(s =>
            $"  {Text.Markup.Escape(s.RemoteAddress)} ({s.Protocol}), on for {Durations.Short(now - s.ConnectedAt)}, idle {Durations.Short(now - s.LastInputAt)}" +
            (s.Puppet is { } puppet ? $", playing {Text.Markup.Escape(puppet)}" : "")));
        context.Send(string.Join('\n', lines));
    }
}
