using System.Text.RegularExpressions;
using Mud.Admin;

namespace Mud.Commands.Admin;

/// <summary>What the administration commands share: reading their arguments, and passing the work to <see cref="IAdminGrain"/>.</summary>
internal static partial class AdminSyntax
{
    public static IAdminGrain Admin(ISessionContext context) => context.Grains.GetGrain<IAdminGrain>(0);

    /// <summary>The acting account's key.</summary>
    public static string Actor(ISessionContext context) => context.Account!.Name;

    /// <summary>"target = reason" split at the first <c>=</c>; the reason is empty when there is none.</summary>
    public static (string Before, string Reason) SplitReason(string arguments)
    {
        var at = arguments.IndexOf('=');
        return at < 0 ? (arguments.Trim(), "") : (arguments[..at].Trim(), arguments[(at + 1)..].Trim());
    }

    /// <summary>The switch a command was typed with (<c>@ban/del x</c> gives "del" and "x"), lower case; empty when none.</summary>
    public static (string Switch, string Remainder) SplitSwitch(string arguments)
    {
        if (!arguments.StartsWith('/'))
        {
            return ("", arguments);
        }

        var space = arguments.IndexOf(' ');
        return space < 0
            ? (arguments[1..].ToLowerInvariant(), "")
            : (arguments[1..space].ToLowerInvariant(), arguments[(space + 1)..].Trim());
    }

    /// <summary>A duration as administrators type it: <c>30m</c>, <c>2h</c>, <c>7d</c>, <c>1w</c>, or parts together (<c>1d12h</c>).</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        var match = DurationPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            if (!int.TryParse(part.Value[..^1], out var amount) || amount > 100_000)
            {
                return null;
            }

            total += char.ToLowerInvariant(part.Value[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7 * amount),
            };
        }

        return total > TimeSpan.Zero ? total : null;
    }

    public static async Task RunAsync(ISessionContext context, Task<AdminResult> action) => context.Send((await action).Message);

    [GeneratedRegex("^(?<part>[0-9]+[smhdwSMHDW])+$")]
    private static partial Regex DurationPattern();
}
