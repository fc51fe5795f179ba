namespace Mud.Commands.Account;

internal sealed class QuitCommand : Command<ISessionContext>
{
    public override string Key => "quit";

    public override IReadOnlyList<string> Aliases => ["logout", "qq"];

    public override string Category => "General";

    public override string Summary => "Disconnect this session, or all of them.";

    public override string Help => """
        |wquit|n
        |wquit all|n

        Disconnects this session; your other sessions go on. With |wall|n, every session of your account is
        closed. Your characters stay where they are for next time.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var all = arguments.Equals("all", StringComparison.OrdinalIgnoreCase);
        if (!all && arguments.Length > 0)
        {
            context.Send("Usage: |wquit|n or |wquit all|n");
            return;
        }

        if (all && context.AccountGrain is { } account)
        {
            await account.EndSessionsAsync("|yYou quit all your sessions from another connection. Goodbye!|n", context.SessionId);
        }

        await context.QuitAsync();
    }
}
