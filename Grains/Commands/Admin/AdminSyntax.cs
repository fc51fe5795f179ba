using Mud.Admin;

namespace Mud.Commands.Admin;

/// <summary>What the administration commands share: reading their arguments, and passing the work to <see cref="IAdminGrain"/>.</summary>
internal static class AdminSyntax
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

    /// <summary>A ban's duration as typed (<c>2h</c>, <c>1d12h</c>); see <see cref="BanDuration"/>.</summary>
    public static TimeSpan? ParseDuration(string text) => BanDuration.Parse(text);

    /// <summary>Records an administrative action that a command did itself (rather than through <see cref="IAdminGrain"/>).</summary>
    public static Task AuditAsync(ISessionContext context, string action, string target, string details) =>
        Admin(context).AuditAsync(new AuditRecord(context.Account!.Name, action, target, details));

    public static async Task RunAsync(ISessionContext context, Task<AdminResult> action) => context.Send((await action).Message);
}
