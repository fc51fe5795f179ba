using Mud.Accounts;

namespace Mud.Commands.Admin;

internal sealed class ShutdownCommand : Command<ISessionContext>
{
    public override string Key => "@shutdown";

    public override string Category => "Administration";

    public override string Summary => "Stop the whole game.";

    public override string Help => """
        |w@shutdown now [= <reason>]|n

        Tells everyone connected, then does what |w./mud stop|n does on the server: stops the Portal, the
        WebPortal and the silos, and everyone is disconnected. The word |wnow|n is required, so that it is never
        typed by accident. Someone must start the game again on the server (|w./mud start|n). Available when
        the game was started with |w./mud|n. Recorded in the audit log.
        """;

    public override PermissionLevel Permission => PermissionLevel.Admin;

    public override Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var (word, reason) = AdminSyntax.SplitReason(arguments);
        if (!word.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            context.Send("Usage: |w@shutdown now [= <reason>]|n");
            return Task.CompletedTask;
        }

        return AdminSyntax.RunAsync(context, AdminSyntax.Admin(context).ShutdownAsync(AdminSyntax.Actor(context), reason));
    }
}
