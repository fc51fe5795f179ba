using System.Text;
using Mud.Accounts;

namespace Mud.Commands.Community;

internal sealed class NickCommand : Command<ISessionContext>
{
    public override string Key => "nick";

    public override string Category => "Account";

    public override string Summary => "List or make your own shorthands for what you type.";

    public override string Help => $"""
        |wnick|n                          lists your nicks
        |wnick <word> = <replacement>|n   makes <word>, typed first on a line, stand for <replacement>
        |wnick/delete <word>|n            removes a nick

        Whatever follows the word is kept: after |wnick gr = say Greetings|n, typing |wgr to you all!|n says
        "Greetings to you all!". Nicks belong to your account and work in every session. At most {NickRules.MaxNicks}.
        """;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var account = context.AccountGrain!;
        if (arguments.StartsWith("/delete", StringComparison.OrdinalIgnoreCase))
        {
            await DeleteAsync(context, account, arguments["/delete".Length..].Trim());
            return;
        }

        if (arguments.Length == 0)
        {
            context.Send(List(await account.GetNicksAsync()));
            return;
        }

        var parts = arguments.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts is not [var word, var replacement] || word.Length == 0 || replacement.Length == 0)
        {
            context.Send("Usage: |wnick <word> = <replacement>|n, or |wnick|n to list them.");
            return;
        }

        if (await account.SetNickAsync(word, replacement) is { } problem)
        {
            context.Send(Text.Markup.Escape(problem));
            return;
        }

        context.UseNicks(await account.GetNicksAsync());
        context.Send($"Nick set: |w{Text.Markup.Escape(word.ToLowerInvariant())}|n now stands for |w{Text.Markup.Escape(replacement)}|n.");
    }

    private static string List(IReadOnlyDictionary<string, string> nicks)
    {
        if (nicks.Count == 0)
        {
            return "You have no nicks. Make one with |wnick <word> = <replacement>|n.";
        }

        var text = new StringBuilder("Your nicks:");
        foreach (var (word, replacement) in nicks.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            text.Append($"\n  |w{Text.Markup.Escape(word),-20}|n {Text.Markup.Escape(replacement)}");
        }

        return text.ToString();
    }

    private static async Task DeleteAsync(ISessionContext context, IAccountGrain account, string word)
    {
        if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal))
        {
            context.Send("Usage: |wnick/delete <word>|n");
            return;
        }

        if (!await account.RemoveNickAsync(word))
        {
            context.Send($"You have no nick {Text.Markup.Escape(word)}.");
            return;
        }

        context.UseNicks(await account.GetNicksAsync());
        context.Send($"Nick {Text.Markup.Escape(word.ToLowerInvariant())} removed.");
    }
}
