namespace Mud.Commands.Account;

/// <summary>Out of character, <c>look</c> shows the account rather than a room.</summary>
internal sealed class AccountLookCommand : Command<ISessionContext>
{
    public override string Key => "look";

    public override IReadOnlyList<string> Aliases => ["l"];

    public override string Category => "Account";

    public override string Summary => "Show your account, characters and sessions.";

    public override string Help => "|wlook|n\n\nOut of character, shows your account, its characters and its sessions.";

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var overview = await context.AccountGrain!.GetOverviewAsync();
        var sessions = await AccountText.SessionsAsync(context, overview);
        context.Send($"Account |w{overview.Account.Name}|n (out of character).\n{AccountText.Characters(overview)}\n{sessions}\n"
            + "Type |wic <character>|n to play, |wcharcreate <name>|n to make a character, |whelp|n for more.");
    }
}
