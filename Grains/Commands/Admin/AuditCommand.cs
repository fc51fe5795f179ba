using Mud.Accounts;

namespace Mud.Commands.Admin;

internal sealed class AuditCommand : Command<ISessionContext>
{
    private const int PageSize = 20;

    public override string Key => "@audit";

    public override string Category => "Administration";

    public override string Summary => "Read the audit log of administration.";

    public override string Help => """
        |w@audit [<page>]|n

        The log of every administrative action (boots, bans, locks, password resets, announcements, permission
        changes), newest first, twenty to a page: who did it, to whom, and when. The same log is on the web
        site under |w/admin/audit|n.
        """;

    public override PermissionLevel Permission => PermissionLevel.Admin;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var page = 1;
        if (arguments.Length > 0 && (!int.TryParse(arguments, out page) || page < 1))
        {
            context.Send("Usage: |w@audit [<page>]|n (a page number from 1)");
            return;
        }

        var answer = await AdminSyntax.Admin(context).GetAuditAsync(AdminSyntax.Actor(context), page - 1, PageSize);
        if (answer.Value is not { } log)
        {
            context.Send(answer.Refusal ?? "The audit log cannot be read.");
            return;
        }

        if (log.Entries.IsEmpty)
        {
            context.Send(log.Total == 0 ? "The audit log is empty." : $"There is no page {page}: the log has {log.PageCount}.");
            return;
        }

        var lines = log.Entries.Select(e =>
            $"  {e.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} {Text.Markup.Escape(e.Actor)} |w{Text.Markup.Escape(e.Action)}|n {Text.Markup.Escape(e.Target)}" +
            (e.Details.Length > 0 ? $" ({Text.Markup.Escape(e.Details)})" : ""));
        context.Send($"Audit log, page {page} of {log.PageCount} (newest first):\n{string.Join('\n', lines)}");
    }
}
