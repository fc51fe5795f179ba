namespace Mud.Commands.Account;

/// <summary>Out of character, <c>look</c> shows the account rather than a room.</summary>
internal sealed class AccountLookCommand : Command<ISessionContext>
{
    public override string Key => "look";

    public override IReadOnlyList<string> Aliases => ["l"];

    public override string Category => "Account";

    public override string Summary => "Show your account and characters.";

    public override string Help => "|wlook|n\n\nOut of character, shows your account and its characters.";

    public override Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var account = context.Account!;
        var characters = account.Characters.IsEmpty ? "  (none)" : string.Join('\n', account.Characters.Select(c => $"  |w{c}|n"));
        context.Send($"Account |w{account.Name}|n.\nCharacters:\n{characters}");
        return Task.CompletedTask;
    }
}
