using System.Text;
using Mud.Accounts;
using Mud.Sessions;

namespace Mud.Commands.Account;

/// <summary>The account's characters and sessions as <c>look</c>, <c>characters</c> and <c>sessions</c> show them.</summary>
internal static class AccountText
{
    public static string Characters(AccountOverview overview)
    {
        if (overview.Account.Characters.IsEmpty)
        {
            return "Characters: none yet. Make one with |wcharcreate <name>|n.";
        }

        var text = new StringBuilder("Characters:");
        foreach (var name in overview.Account.Characters)
        {
            var playedIn = overview.Sessions.Where(s => s.PuppetKey == NameRules.KeyOf(name)).Select(s => $"#{s.Number}").ToList();
            var where = playedIn.Count == 0 ? "|xnot in play|n" : $"played in session {string.Join(", ", playedIn)}";
            text.Append($"\n  |w{name,-20}|n {where}");
        }

        return text.ToString();
    }

    public static async Task<string> SessionsAsync(ISessionContext context, AccountOverview overview)
    {
        var summaries = await Task.WhenAll(overview.Sessions.Select(s => s.SessionId == context.SessionId
            ? Task.FromResult(context.Summary)
            : context.Grains.GetGrain<ISessionGrain>(s.SessionId).GetSummaryAsync()));
        var now = context.Clock.GetUtcNow();
        var text = new StringBuilder("Sessions:");
        foreach (var (session, summary) in overview.Sessions.Zip(summaries))
        {
            var client = summary.ClientName.Length > 0 ? $"{summary.Protocol} ({Text.Markup.Escape(summary.ClientName)})" : summary.Protocol;
            var puppet = session.PuppetKey is { } key ? $"playing |w{NameRules.Display(key)}|n" : "out of character";
            var self = session.SessionId == context.SessionId ? " |g(this session)|n" : "";
            text.Append($"\n  |w#{session.Number}|n{self} {client} from {Text.Markup.Escape(summary.RemoteAddress)}, "
                + $"on for {Durations.Short(now - summary.ConnectedAt)}, idle {Durations.Short(now - summary.LastInputAt)}, {puppet}");
        }

        return text.ToString();
    }
}
