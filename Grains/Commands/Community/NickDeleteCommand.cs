namespace Mud.Commands.Community;

internal sealed class NickDeleteCommand : Command<ISessionContext>
{
    public override string Key => "nick/delete";

    public override string Category => "Account";

    public override string Summary => "Remove one of your nicks.";

    public override string Help => "|wnick/delete <word>|n\n\nRemoves a nick made with |wnick|n.";

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        if (arguments.Length == 0 || arguments.Contains(' ', StringComparison.Ordinal))
        {
            context.Send("Usage: |wnick/delete <word>|n");
            return;
        }

        var account = context.AccountGrain!;
        if (!await account.RemoveNickAsync(arguments))
        {
            context.Send($"You have no nick {Text.Markup.Escape(arguments)}.");
            return;
        }

        context.UseNicks(await account.GetNicksAsync());
        context.Send($"Nick {Text.Markup.Escape(arguments.ToLowerInvariant())} removed.");
    }
}
