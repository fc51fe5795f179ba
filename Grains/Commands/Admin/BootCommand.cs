using Mud.Accounts;

namespace Mud.Commands.Admin;

internal sealed class BootCommand : Command<ISessionContext>
{
    private const string Usage = "Usage: |w@boot <player> [= <reason>]|n";

    public override string Key => "@boot";

    public override string Category => "Administration";

    public override string Summary => "Disconnect a player.";

    public override string Help => """
        |w@boot <player> [= <reason>]|n

        Closes every connection of a player, named by account or character, telling them why. They may log in
        again at once; to keep them out, |w@ban|n them. You cannot boot someone at or above your own level unless
        you are a Developer. Recorded in the audit log (|w@audit|n).

        Example: |w@boot bob = Cool off for a minute.|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Admin;

    public override Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var (player, reason) = AdminSyntax.SplitReason(arguments);
        if (player.Length == 0 || player.Contains(' '))
        {
            context.Send(Usage);
            return Task.CompletedTask;
        }

        return AdminSyntax.RunAsync(context, AdminSyntax.Admin(context).BootAsync(AdminSyntax.Actor(context), player, reason));
    }
}
