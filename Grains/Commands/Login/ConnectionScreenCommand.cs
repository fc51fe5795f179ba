namespace Mud.Commands.Login;

internal sealed class ConnectionScreenCommand : Command<ISessionContext>
{
    public override string Key => "look";

    public override IReadOnlyList<string> Aliases => ["l"];

    public override string Category => "Login";

    public override string Summary => "Show the connection screen again.";

    public override string Help => "|wlook|n\n\nShows the connection screen again.";

    public override Task ExecuteAsync(ISessionContext context, string arguments)
    {
        context.ShowConnectionScreen();
        return Task.CompletedTask;
    }
}
