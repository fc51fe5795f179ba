using Mud.Accounts;

namespace Mud.Commands.Account;

/// <summary>An account-level message: it reaches every session of the account the named player belongs to.</summary>
internal sealed class PageCommand : Command<ISessionContext>
{
    public const int MaxMessageLength = 1000;

    public override string Key => "page";

    public override IReadOnlyList<string> Aliases => ["tell"];

    public override string Category => "Talking";

    public override string Summary => "Send a private message to a player, wherever they are.";

    public override string Help => """
        |wpage <player> = <message>|n

        Sends a message to a player, named by account or character. It reaches every session they have
        open, in or out of character.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var parts = arguments.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts is not [var target, var message] || target.Length == 0 || message.Length == 0)
        {
            context.Send("Usage: |wpage <player> = <message>|n");
            return;
        }

        if (message.Length > MaxMessageLength)
        {
            context.Send($"That message is too long: at most {MaxMessageLength} characters.");
            return;
        }

        var account = await Players.FindAccountAsync(context.Grains, target);
        if (account is null)
        {
            context.Send($"There is no player called {Text.Markup.Escape(target)}.");
            return;
        }

        var from = context.PuppetKey is { } puppet ? NameRules.Display(puppet) : context.Account!.Name;
        var text = Text.Markup.Escape(message);
        await context.Grains.GetGrain<IAccountGrain>(NameRules.KeyOf(account.Name)).MessageAsync($"|m{from} pages:|n {text}");
        context.Send($"|mYou page {account.Name}:|n {text}");
    }
}
