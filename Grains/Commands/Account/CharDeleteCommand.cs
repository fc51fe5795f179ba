namespace Mud.Commands.Account;

internal sealed class CharDeleteCommand : Command<ISessionContext>, IConfirmedCommand
{
    public override string Key => "chardelete";

    public override string Category => "Account";

    public override string Summary => "Delete one of your characters for ever.";

    public override string Help => """
        |wchardelete <name>|n

        Deletes a character of yours after asking you to confirm. A character that is being played, in any
        session, cannot be deleted: stop playing it first (|wooc|n).
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Send("Usage: |wchardelete <name>|n");
            return;
        }

        // Asked afresh: a character made on the web a moment ago is this account's too.
        var account = await context.AccountGrain!.GetInfoAsync();
        var name = account?.Characters.FirstOrDefault(c => c.Equals(arguments, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            context.Send($"You have no character called {Text.Markup.Escape(arguments)}.");
            return;
        }

        await context.AskToConfirmAsync($"|rDelete {name} for ever?|n This cannot be undone.", Key, name);
    }

    public async Task ConfirmedAsync(ISessionContext context, string arguments)
    {
        var result = await context.AccountGrain!.DeleteCharacterAsync(arguments);
        if (!result.Succeeded)
        {
            context.Send(result.Message);
            return;
        }

        context.UpdateAccount(result.Account!);
        context.Send($"{arguments} is gone.");
    }
}
