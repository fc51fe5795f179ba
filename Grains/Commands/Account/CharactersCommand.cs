namespace Mud.Commands.Account;

internal sealed class CharactersCommand : Command<ISessionContext>
{
    public override string Key => "characters";

    public override IReadOnlyList<string> Aliases => ["chars"];

    public override string Category => "Account";

    public override string Summary => "List your characters and which session plays each.";

    public override string Help => "|wcharacters|n\n\nLists your account's characters, and for each the sessions (see |wsessions|n) playing it.";

    public override async Task ExecuteAsync(ISessionContext context, string arguments) =>
        context.Send(AccountText.Characters(await context.AccountGrain!.GetOverviewAsync()));
}
