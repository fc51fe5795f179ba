using Mud.Accounts;

namespace Mud.Commands.Admin;

internal sealed class WallCommand : Command<ISessionContext>
{
    public override string Key => "@wall";

    public override string Category => "Administration";

    public override string Summary => "Announce something to everyone connected.";

    public override string Help => """
        |w@wall <message>|n

        Shows the message to every connection, in the game or at the login screen, marked as an announcement from
        you. Recorded in the audit log.

        Example: |w@wall The game restarts in five minutes.|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Admin;

    public override Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Trim().Length == 0)
        {
            context.Send("Usage: |w@wall <message>|n");
            return Task.CompletedTask;
        }

        return AdminSyntax.RunAsync(context, AdminSyntax.Admin(context).WallAsync(AdminSyntax.Actor(context), arguments));
    }
}
