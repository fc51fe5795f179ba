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
        open, in or out of character. A player who ignores you (see |wignore|n) does not get your pages.
        You may send a limited number of pages a minute.
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

        if (!await context.AccountGrain!.TryAdmitPageAsync())
        {
            context.Send("You are paging too fast. Wait a moment before the next page.");
            return;
        }

        var from = context.PuppetKey is { } puppet ? NameRules.Display(puppet) : context.Account!.Name;
        var text = Text.Markup.Escape(message);
        var sender = NameRules.KeyOf(context.Account!.Name);
        if (!await context.Grains.GetGrain<IAccountGrain>(NameRules.KeyOf(account.Name)).PageAsync(sender, $"|m{from} pages:|n {text}"))
        {
            // Neutral on purpose: whether someone ignores you is theirs to tell.
            context.Send(NotDelivered(account.Name));
            return;
        }

        context.Send($"|mYou page {account.Name}:|n {text}");
    }

    /// <summary>What the sender of a page or whisper that was not delivered sees.</summary>
    public static string NotDelivered(string name) => $"{name} is not taking messages from you.";
}
