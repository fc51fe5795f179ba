using Mud.Accounts;

namespace Mud.Commands.Admin;

internal sealed class UnbanCommand : Command<ISessionContext>
{
    public override string Key => "@unban";

    public override string Category => "Administration";

    public override string Summary => "Lift a ban.";

    public override string Help => """
        |w@unban <player or address>|n

        Lifts the ban of a player's account (named by account or character) or of an address range, written
        as it was banned (|w203.0.*|n and |w203.0.0.0/16|n are the same range). Recorded in the audit log.
        """;

    public override PermissionLevel Permission => PermissionLevel.Admin;

    public override Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length == 0 || arguments.Contains(' '))
        {
            context.Send("Usage: |w@unban <player or address>|n");
            return Task.CompletedTask;
        }

        return AdminSyntax.RunAsync(context, AdminSyntax.Admin(context).UnbanAsync(AdminSyntax.Actor(context), arguments));
    }
}
