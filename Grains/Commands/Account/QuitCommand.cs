namespace Mud.Commands.Account;

internal sealed class QuitCommand : Command<ISessionContext>
{
    public override string Key => "quit";

    public override IReadOnlyList<string> Aliases => ["logout", "qq"];

    public override string Category => "General";

    public override string Summary => "Leave the game and disconnect.";

    public override string Help => "|wquit|n\n\nDisconnects this session. Your character stays where it is for next time.";

    public override Task ExecuteAsync(ISessionContext context, string arguments) => context.QuitAsync();
}
