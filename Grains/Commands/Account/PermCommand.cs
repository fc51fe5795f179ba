using Mud.Accounts;

namespace Mud.Commands.Account;

internal sealed class PermCommand : Command<ISessionContext>
{
    private const string Usage = "Usage: |w@perm <account> = <level>|n, or |w@perm|n to list the staff.";

    public override string Key => "@perm";

    public override string Category => "Administration";

    public override string Summary => "Give an account a permission level, or list the staff.";

    public override string Help => """
        |w@perm|n
        |w@perm <account> = <level>|n

        Levels, each including those below: |wPlayer|n, |wHelper|n, |wBuilder|n, |wAdmin|n, |wDeveloper|n.
        You cannot grant a level above your own, nor change the level of someone at or above yours
        unless you are a Developer. The last Developer cannot be demoted. Alone, |w@perm|n lists every
        account above Player.

        Example: |w@perm alice = Builder|n
        """;

    public override PermissionLevel Permission => PermissionLevel.Admin;

    public override async Task ExecuteAsync(ISessionContext context, string arguments)
    {
        var staff = context.Grains.GetGrain<IStaffGrain>(0);
        if (arguments.Length == 0)
        {
            var list = await staff.GetStaffAsync();
            context.Send(list.IsEmpty
                ? "Nobody is above Player."
                : "Staff:\n" + string.Join('\n', list.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => $"  {Text.Markup.Escape(s.Key),-20} {s.Value}")));
            return;
        }

        if (ParseLevel(arguments) is not var (name, level))
        {
            context.Send(Usage);
            return;
        }

        var mine = context.Account!.Level;
        if (level > mine)
        {
            context.Send($"You cannot grant a level above your own ({mine}).");
            return;
        }

        var key = NameRules.KeyOf(name);
        var account = context.Grains.GetGrain<IAccountGrain>(key);
        if (await account.GetInfoAsync() is not { } target)
        {
            context.Send($"There is no account called {Text.Markup.Escape(name)}.");
            return;
        }

        if (target.Level >= mine && mine != PermissionLevel.Developer)
        {
            context.Send($"{Text.Markup.Escape(target.Name)} is a {target.Level}: only a Developer may change the level of someone at or above your own.");
            return;
        }

        if (await staff.ChangeLevelAsync(key, level) is { } refusal)
        {
            context.Send(refusal);
            return;
        }

        var result = await account.SetLevelAsync(level);
        if (!result.Succeeded)
        {
            context.Send(result.Message);
            return;
        }

        if (key == NameRules.KeyOf(context.Account.Name))
        {
            context.UpdateAccount(result.Account!);
        }

        account.MessageAsync($"Your permission level is now |w{level}|n.").Ignore();
        await Admin.AdminSyntax.AuditAsync(context, "perm", target.Name, $"{target.Level} to {level}");
        context.Send($"{Text.Markup.Escape(target.Name)} is now a {level} (was {target.Level}).");
    }

    private static (string Name, PermissionLevel Level)? ParseLevel(string arguments)
    {
        var at = arguments.IndexOf('=');
        if (at <= 0)
        {
            return null;
        }

        var name = arguments[..at].Trim();
        var written = arguments[(at + 1)..].Trim();
        return name.Length > 0 && written.Length > 0 && !char.IsDigit(written[0]) && Enum.TryParse<PermissionLevel>(written, ignoreCase: true, out var level) && Enum.IsDefined(level)
            ? (name, level)
            : null;
    }
}
