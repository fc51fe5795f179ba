using Mud.Accounts;
using Mud.Admin;

namespace Mud.Commands.Admin;

internal sealed class BanCommand : Command<ISessionContext>
{
    private const string Usage = "Usage: |w@ban <player or address> [<duration>] [= <reason>]|n, |w@ban/del <player or address>|n, or |w@ban|n to list the bans.";

    public override string Key => "@ban";

    public override string Category => "Administration";

    public override string Summary => "Ban a player or addresses, for a time or for good; list the bans.";

    public override string Help => """
        |w@ban|n
        |w@ban <player> [<duration>] [= <reason>]|n
        |w@ban <address or range> [<duration>] [= <reason>]|n
        |w@ban/del <player or address>|n  (the same as |w@unban|n)

        A player is named by account or by character; the ban is of the account. An address is one address
        (|w203.0.113.7|n), a range (|w203.0.113.0/24|n, |w2001:db8::/32|n) or trailing wildcards (|w203.0.*|n);
        a banned address is refused as soon as it connects. A duration is a number and a unit, |ws|n, |wm|n,
        |wh|n, |wd|n or |ww|n, or several together (|w1d12h|n); without one the ban lasts until lifted.
        Whoever the ban covers is disconnected at once. You cannot ban yourself, someone at or above your
        level (unless you are a Developer), nor the last Developer. Alone, |w@ban|n lists the bans in force.

        Examples: |w@ban bob 2h = spamming the public channel|n, |w@ban 198.51.100.0/24 = open proxies|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Admin;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var (option, rest) = AdminSyntax.SplitSwitch(arguments);
        switch (option)
        {
            case "" when rest.Length == 0:
            case "list" when rest.Length == 0:
                await ListAsync(context);
                return;
            case "del" or "delete" or "remove" when rest.Length > 0 && !rest.Contains(' '):
                await AdminSyntax.RunAsync(context, AdminSyntax.Admin(context).UnbanAsync(AdminSyntax.Actor(context), rest));
                return;
            case "":
                break;
            default:
                context.Send(Usage);
                return;
        }

        var (before, reason) = AdminSyntax.SplitReason(rest);
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        TimeSpan? duration = null;
        if (words.Length is 0 or > 2 || (words.Length == 2 && (duration = AdminSyntax.ParseDuration(words[1])) is null))
        {
            context.Send(Usage);
            return;
        }

        await AdminSyntax.RunAsync(context, AdminSyntax.Admin(context).BanAsync(AdminSyntax.Actor(context), words[0], duration, reason));
    }

    private static async Task ListAsync(ISessionContext context)
    {
        var answer = await AdminSyntax.Admin(context).GetBansAsync(AdminSyntax.Actor(context));
        if (answer.Refusal is { } refusal)
        {
            context.Send(refusal);
            return;
        }

        if (answer.Value.IsEmpty)
        {
            context.Send("Nobody is banned.");
            return;
        }

        var now = context.Clock.GetUtcNow();
        var lines = answer.Value.OrderBy(b => b.Kind).ThenBy(b => b.Display, StringComparer.OrdinalIgnoreCase).Select(b =>
            $"  {Text.Markup.Escape(b.Display),-24} {(b.Kind == BanKind.Account ? "account" : "address"),-8} " +
            $"{(b.Until is { } until ? "ends in " + Durations.Short(until - now) : "until lifted"),-16} by {Text.Markup.Escape(b.By)}" +
            (b.Reason.Length > 0 ? $": {Text.Markup.Escape(b.Reason)}" : ""));
        context.Send("Bans in force:\n" + string.Join('\n', lines));
    }
}
