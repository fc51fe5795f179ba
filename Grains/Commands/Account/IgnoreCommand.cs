using System.Text;
using Mud.Accounts;

namespace Mud.Commands.Account;

/// <summary>Stops a player's pages, tells and whispers reaching you; the list belongs to the account and is stored.</summary>
internal sealed class IgnoreCommand : Command<ISessionContext>
{
    public override string Key => "ignore";

    public override string Category => "Talking";

    public override string Summary => "Stop a player's pages and whispers reaching you.";

    public override string Help => $"""
        |wignore|n                 lists the players you ignore
        |wignore <player>|n        stops their pages, tells and whispers reaching you
        |wignore/del <player>|n    hears them again

        A player is named by account or character; ignoring one ignores every character of their account. They
        are not told that you ignore them. At most {AccountGrain.MaxIgnored}.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var account = context.AccountGrain!;
        if (arguments.StartsWith("/del", StringComparison.OrdinalIgnoreCase))
        {
            var name = arguments[(arguments.IndexOf(' ') is var space and > 0 ? space : arguments.Length)..].Trim();
            await UnignoreAsync(context, account, name);
            return;
        }

        var target = arguments.Trim();
        if (target.Length == 0)
        {
            context.Send(List(await account.GetIgnoredAsync()));
            return;
        }

        var found = await Players.FindAccountAsync(context.Grains, target);
        if (found is null)
        {
            context.Send($"There is no player called {Text.Markup.Escape(target)}.");
            return;
        }

        if (await account.IgnoreAsync(NameRules.KeyOf(found.Name)) is { } problem)
        {
            context.Send(problem);
            return;
        }

        context.Send($"You ignore {found.Name}: their pages and whispers no longer reach you.");
    }

    private static async Task UnignoreAsync(ISessionContext context, IAccountGrain account, string name)
    {
        if (name.Length == 0)
        {
            context.Send("Usage: |wignore/del <player>|n");
            return;
        }

        var found = await Players.FindAccountAsync(context.Grains, name);
        var key = found is not null ? NameRules.KeyOf(found.Name) : NameRules.KeyOf(name);
        context.Send(await account.UnignoreAsync(key)
            ? $"You no longer ignore {NameRules.Display(key)}."
            : $"You were not ignoring {Text.Markup.Escape(name)}.");
    }

    private static string List(IReadOnlyCollection<string> ignored)
    {
        if (ignored.Count == 0)
        {
            return "You ignore nobody. Ignore a player with |wignore <player>|n.";
        }

        var text = new StringBuilder("You ignore:");
        foreach (var key in ignored)
        {
            text.Append("\n  ").Append(NameRules.Display(key));
        }

        return text.ToString();
    }
}
