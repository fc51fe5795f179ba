using Mud.Accounts;

namespace Mud.Commands.Login;

internal sealed class ConnectCommand : Command<ISessionContext>
{
    public override string Key => "connect";

    public override IReadOnlyList<string> Aliases => ["conn", "login"];

    public override string Category => "Login";

    public override string Summary => "Log in to your account.";

    public override string Help => """
        |wconnect <name> <password>|n
        |wconnect <name>|n   (then type the password; it is not shown)

        Logs in to an existing account. Too many wrong passwords lock the account and your address out for a while.
        """;

    public override Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var words = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words switch
        {
            [var name] => context.PromptForPasswordAsync(name),
            [var name, var password] => context.LoginAsync(name, new Password(password)),
            _ => Usage(context),
        };
    }

    private static Task Usage(ISessionContext context)
    {
        context.Send("Usage: |wconnect <name> <password>|n");
        return Task.CompletedTask;
    }
}
