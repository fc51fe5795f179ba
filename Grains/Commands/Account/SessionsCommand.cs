namespace Mud.Commands.Account;

internal sealed class SessionsCommand : Command<ISessionContext>
{
    public override string Key => "sessions";

    public override string Category => "Account";

    public override string Summary => "List the connections logged in to your account.";

    public override string Help => """
        |wsessions|n

        Lists every connection logged in to your account: its number, client, address, how long it has been
        connected and idle, and the character it plays.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments) =>
        context.Send(await AccountText.SessionsAsync(context, await context.AccountGrain!.GetOverviewAsync()));
}
