using Mud.Accounts;

namespace Mud.Commands.Admin;

internal sealed class ReloadCommand : Command<ISessionContext>
{
    public override string Key => "@reload";

    public override string Category => "Administration";

    public override string Summary => "Restart the game's silos; everyone stays connected.";

    public override string Help => """
        |w@reload|n

        Does what |w./mud reload|n does on the server: rebuilds the game from its source and restarts the silos
        (one at a time when there are several). Nobody is disconnected: with one silo players see a short notice,
        and what they type meanwhile runs once the game is back. Available when the game was started with
        |w./mud|n; the launcher's output is in |wdata/logs/launcher.log|n. Recorded in the audit log.
        """;

    public override PermissionLevel Permission => PermissionLevel.Admin;

    public override Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length > 0)
        {
            context.Send("Usage: |w@reload|n");
            return Task.CompletedTask;
        }

        return AdminSyntax.RunAsync(context, AdminSyntax.Admin(context).ReloadAsync(AdminSyntax.Actor(context)));
    }
}
