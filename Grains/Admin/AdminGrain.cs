using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Mud.Accounts;
using Mud.Commands;
using Mud.Commands.Account;
using Mud.Sessions;
using Orleans.Concurrency;

namespace Mud.Admin;

[GrainType("admin"), StatelessWorker]
public sealed partial class AdminGrain(TimeProvider clock, LauncherControl launcher, ILogger<AdminGrain> logger) : Grain, IAdminGrain
{
    private const string NotAllowed = "Only Admin and above may do that.";
    private const string PasswordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly TimeSpan OneSessionTimeout = TimeSpan.FromSeconds(5);

    private IBanListGrain Bans => GrainFactory.GetGrain<IBanListGrain>(0);

    public async Task<AdminAnswer<ImmutableArray<SessionSummary>>> GetSessionsAsync(string actor) =>
        await ActorAsync(actor) is { } _
            ? new([.. await AllSessionsAsync()])
            : new([], NotAllowed);

    public async Task<AdminResult> BootAsync(string actor, string player, string reason)
    {
        if (await ActorAsync(actor) is not { } admin)
        {
            return AdminResult.Fail(NotAllowed);
        }

        if (await Players.FindAccountAsync(GrainFactory, player) is not { } target)
        {
            return AdminResult.Fail($"There is no player called {Escape(player)}.");
        }

        if (await TargetRefusalAsync(admin, target, "boot", removes: false) is { } refusal)
        {
            return AdminResult.Fail(refusal);
        }

        var account = GrainFactory.GetGrain<IAccountGrain>(NameRules.KeyOf(target.Name));
        var sessions = (await account.GetOverviewAsync()).Sessions.Length;
        if (sessions == 0)
        {
            return AdminResult.Fail($"{target.Name} is not connected.");
        }

        await account.EndSessionsAsync(BootMessage(reason), exceptSessionId: null);
        await AuditAsync(admin, "boot", target.Name, reason);
        return AdminResult.Ok(sessions == 1 ? $"{target.Name} is disconnected." : $"{target.Name} is disconnected ({sessions} sessions).");
    }

    public async Task<AdminResult> BootSessionAsync(string actor, string sessionId, string reason)
    {
        if (await ActorAsync(actor) is not { } admin)
        {
            return AdminResult.Fail(NotAllowed);
        }

        var session = GrainFactory.GetGrain<ISessionGrain>(sessionId);
        var summary = await session.GetSummaryAsync();
        if (summary.Protocol.Length == 0)
        {
            return AdminResult.Fail("There is no such session (it may have closed already).");
        }

        if (summary.Account is { } name && await GrainFactory.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).GetInfoAsync() is { } target
            && await TargetRefusalAsync(admin, target, "boot", removes: false) is { } refusal)
        {
            return AdminResult.Fail(refusal);
        }

        await session.EndAsync(BootMessage(reason));
        var who = summary.Account ?? $"a connection from {summary.RemoteAddress}";
        await AuditAsync(admin, "boot", who, Join($"session {sessionId}", reason));
        return AdminResult.Ok($"The session of {Escape(who)} is disconnected.");
    }

    public async Task<AdminResult> BanAsync(string actor, string target, TimeSpan? duration, string reason)
    {
        if (await ActorAsync(actor) is not { } admin)
        {
            return AdminResult.Fail(NotAllowed);
        }

        if (duration is { } span && span <= TimeSpan.Zero)
        {
            return AdminResult.Fail("A ban's duration must be more than nothing.");
        }

        var now = clock.GetUtcNow();
        var until = duration is { } length ? now + length : (DateTimeOffset?)null;
        var lasting = until is null ? "for good" : $"for {Durations.Short(duration!.Value)}";
        if (AddressRange.LooksLikeAddress(target))
        {
            if (AddressRange.Normalize(target) is not { } range)
            {
                return AdminResult.Fail($"{Escape(target)} is not an address or range: write 203.0.113.7, 203.0.113.0/24 or 203.0.*.");
            }

            var covered = (await AllSessionsAsync()).Where(s => AddressRange.Contains(range, s.RemoteAddress)).ToList();
            if (await RangeRefusalAsync(admin, covered) is { } refusal)
            {
                return AdminResult.Fail(refusal);
            }

            var ban = new Ban(BanKind.Address, range, range, admin.Name, now, until, reason);
            await Bans.AddAsync(ban);
            var message = Escape(await Bans.RefusalAsync(null, covered.FirstOrDefault()?.RemoteAddress ?? "") ?? "");
            foreach (var session in covered)
            {
                GrainFactory.GetGrain<ISessionGrain>(session.SessionId).EndAsync(message).Ignore();
            }

            await AuditAsync(admin, "ban", range, Join(lasting, reason));
            return AdminResult.Ok($"Addresses {range} are banned {lasting}." + (covered.Count > 0 ? $" {covered.Count} connection(s) from them closed." : ""));
        }

        if (await Players.FindAccountAsync(GrainFactory, target) is not { } account)
        {
            return AdminResult.Fail($"There is no player called {Escape(target)}.");
        }

        if (await TargetRefusalAsync(admin, account, "ban", removes: true) is { } denied)
        {
            return AdminResult.Fail(denied);
        }

        var key = NameRules.KeyOf(account.Name);
        await Bans.AddAsync(new Ban(BanKind.Account, key, account.Name, admin.Name, now, until, reason));
        var told = Escape(await Bans.RefusalAsync(key, "") ?? "");
        await GrainFactory.GetGrain<IAccountGrain>(key).EndSessionsAsync($"|r{told}|n", exceptSessionId: null);
        await AuditAsync(admin, "ban", account.Name, Join(lasting, reason));
        return AdminResult.Ok($"{account.Name} is banned {lasting}.");
    }

    public async Task<AdminResult> UnbanAsync(string actor, string target)
    {
        if (await ActorAsync(actor) is not { } admin)
        {
            return AdminResult.Fail(NotAllowed);
        }

        string key, display;
        BanKind kind;
        if (AddressRange.LooksLikeAddress(target))
        {
            if (AddressRange.Normalize(target) is not { } range)
            {
                return AdminResult.Fail($"{Escape(target)} is not an address or range.");
            }

            (kind, key, display) = (BanKind.Address, range, range);
        }
        else if (await Players.FindAccountAsync(GrainFactory, target) is { } account)
        {
            (kind, key, display) = (BanKind.Account, NameRules.KeyOf(account.Name), account.Name);
        }
        else
        {
            return AdminResult.Fail($"There is no player called {Escape(target)}.");
        }

        if (!await Bans.RemoveAsync(kind, key))
        {
            return AdminResult.Fail($"{Escape(display)} is not banned.");
        }

        await AuditAsync(admin, "unban", display, "");
        return AdminResult.Ok($"{Escape(display)} is no longer banned.");
    }

    public async Task<AdminAnswer<ImmutableArray<Ban>>> GetBansAsync(string actor) =>
        await ActorAsync(actor) is { } _ ? new(await Bans.GetAsync()) : new([], NotAllowed);

    public async Task<AdminResult> WallAsync(string actor, string message)
    {
        if (await ActorAsync(actor) is not { } admin)
        {
            return AdminResult.Fail(NotAllowed);
        }

        message = message.Trim();
        if (message.Length == 0)
        {
            return AdminResult.Fail("There is nothing to announce.");
        }

        var sessions = await AllSessionsAsync();
        await NoticeAllAsync(sessions, $"|y[Announcement from {Escape(admin.Name)}]|n {Escape(message)}");

        await AuditAsync(admin, "wall", "everyone", message);
        return AdminResult.Ok(sessions.Count == 1 ? "Announced to one connection." : $"Announced to {sessions.Count} connections.");
    }

    public async Task<AdminResult> LockAsync(string actor, string account, string reason)
    {
        if (await ActorAsync(actor) is not { } admin)
        {
            return AdminResult.Fail(NotAllowed);
        }

        if (await Players.FindAccountAsync(GrainFactory, account) is not { } target)
        {
            return AdminResult.Fail($"There is no player called {Escape(account)}.");
        }

        if (await TargetRefusalAsync(admin, target, "lock", removes: true) is { } refusal)
        {
            return AdminResult.Fail(refusal);
        }

        if (target.IsLocked)
        {
            return AdminResult.Fail($"{target.Name} is locked already.");
        }

        var result = await GrainFactory.GetGrain<IAccountGrain>(NameRules.KeyOf(target.Name)).SetLockAsync(reason.Trim());
        if (!result.Succeeded)
        {
            return AdminResult.Fail(result.Message);
        }

        await AuditAsync(admin, "lock", target.Name, reason);
        return AdminResult.Ok($"{target.Name} is locked.");
    }

    public async Task<AdminResult> UnlockAsync(string actor, string account)
    {
        if (await ActorAsync(actor) is not { } admin)
        {
            return AdminResult.Fail(NotAllowed);
        }

        if (await Players.FindAccountAsync(GrainFactory, account) is not { } target)
        {
            return AdminResult.Fail($"There is no player called {Escape(account)}.");
        }

        if (!target.IsLocked)
        {
            return AdminResult.Fail($"{target.Name} is not locked.");
        }

        if (await TargetRefusalAsync(admin, target, "unlock", removes: false) is { } refusal)
        {
            return AdminResult.Fail(refusal);
        }

        await GrainFactory.GetGrain<IAccountGrain>(NameRules.KeyOf(target.Name)).SetLockAsync(null);
        await AuditAsync(admin, "unlock", target.Name, "");
        return AdminResult.Ok($"{target.Name} is unlocked.");
    }

    public async Task<AdminResult> ResetPasswordAsync(string actor, string account)
    {
        if (await ActorAsync(actor) is not { } admin)
        {
            return AdminResult.Fail(NotAllowed);
        }

        if (await Players.FindAccountAsync(GrainFactory, account) is not { } target)
        {
            return AdminResult.Fail($"There is no player called {Escape(account)}.");
        }

        if (await TargetRefusalAsync(admin, target, "reset the password of", removes: false) is { } refusal)
        {
            return AdminResult.Fail(refusal);
        }

        var password = RandomNumberGenerator.GetString(PasswordAlphabet, 12);
        var result = await GrainFactory.GetGrain<IAccountGrain>(NameRules.KeyOf(target.Name)).ResetPasswordAsync(new Password(password));
        if (!result.Succeeded)
        {
            return AdminResult.Fail(result.Message);
        }

        // The audit log says that it happened, never the password.
        await AuditAsync(admin, "reset password", target.Name, "");
        return AdminResult.Ok($"{target.Name}'s new password is |w{password}|n. Pass it on privately; they can change it with |wpassword|n.");
    }

    public async Task<AdminAnswer<AccountReport?>> GetAccountAsync(string actor, string account)
    {
        if (await ActorAsync(actor) is null)
        {
            return new(null, NotAllowed);
        }

        if (await Players.FindAccountAsync(GrainFactory, account) is not { } target)
        {
            return new(null, $"There is no player called {Escape(account)}.");
        }

        var key = NameRules.KeyOf(target.Name);
        var overview = await GrainFactory.GetGrain<IAccountGrain>(key).GetOverviewAsync();
        var sessions = await SummariesAsync(overview.Sessions.Select(s => s.SessionId));
        var ban = (await Bans.GetAsync()).FirstOrDefault(b => b.Kind == BanKind.Account && b.Target == key);
        return new(new AccountReport(target, [.. sessions], ban));
    }

    public async Task<AdminAnswer<AuditPage?>> GetAuditAsync(string actor, int page, int pageSize) =>
        await ActorAsync(actor) is null
            ? new(null, NotAllowed)
            : new(await GrainFactory.GetGrain<IAuditLogGrain>(0).GetPageAsync(page, pageSize));

    public async Task<AdminResult> ReloadAsync(string actor)
    {
        if (await ActorAsync(actor) is not { } admin)
        {
            return AdminResult.Fail(NotAllowed);
        }

        if (launcher.Unavailable is { } unavailable)
        {
            return AdminResult.Fail(unavailable);
        }

        // Written before the launcher is asked: the silo it restarts may be this one.
        await AuditAsync(admin, "reload", "the game", "");
        return await launcher.RunAsync(LauncherCommand.Reload) is { } refusal
            ? AdminResult.Fail(refusal)
            : AdminResult.Ok("Reloading: the game restarts in a moment, and everyone stays connected.");
    }

    public async Task<AdminResult> ShutdownAsync(string actor, string reason)
    {
        if (await ActorAsync(actor) is not { } admin)
        {
            return AdminResult.Fail(NotAllowed);
        }

        if (launcher.Unavailable is { } unavailable)
        {
            return AdminResult.Fail(unavailable);
        }

        await AuditAsync(admin, "shutdown", "the game", reason);
        // Told before the launcher starts: stopping the Portal first would close the connections the notice travels on.
        var notice = $"|r[{Escape(admin.Name)} is shutting the game down]|n" + (reason.Trim().Length > 0 ? $" {Escape(reason.Trim())}" : "");
        await NoticeAllAsync(await AllSessionsAsync(), notice);

        return await launcher.RunAsync(LauncherCommand.Stop) is { } refusal
            ? AdminResult.Fail(refusal)
            : AdminResult.Ok("Shutting down: every process of the game stops in a moment.");
    }

    public Task AuditAsync(AuditRecord record)
    {
        LogAdminAction(logger, record.Actor, record.Action, record.Target);
        return GrainFactory.GetGrain<IAuditLogGrain>(0).AppendAsync(record);
    }

    private Task AuditAsync(AccountInfo admin, string action, string target, string details) =>
        AuditAsync(new AuditRecord(admin.Name, action, target, details.Trim()));

    private async Task<AccountInfo?> ActorAsync(string actor) =>
        NameRules.Check(actor) is null && await GrainFactory.GetGrain<IAccountGrain>(NameRules.KeyOf(actor)).GetInfoAsync() is { IsAdmin: true, IsLocked: false } info
            ? info
            : null;

    /// <summary>
    /// Why <paramref name="admin"/> may not act on <paramref name="target"/>: someone at or above their own level (unless
    /// they are a Developer), themselves, or, for an action that takes a Developer out of the game, the last Developer.
    /// </summary>
    private async Task<string?> TargetRefusalAsync(AccountInfo admin, AccountInfo target, string verb, bool removes)
    {
        var self = NameRules.KeyOf(admin.Name) == NameRules.KeyOf(target.Name);
        if (self)
        {
            return removes ? $"You cannot {verb} yourself." : null;
        }

        if (target.Level >= admin.Level && admin.Level != PermissionLevel.Developer)
        {
            return $"{target.Name} is a {target.Level}: only a Developer may {verb} someone at or above your own level.";
        }

        if (removes && target.Level == PermissionLevel.Developer && await DevelopersAsync() <= 1)
        {
            return $"{target.Name} is the last Developer: the game cannot be left without one.";
        }

        return null;
    }

    // An address ban must not shut out its own author, someone it could not ban by name, or the last Developer.
    private async Task<string?> RangeRefusalAsync(AccountInfo admin, IEnumerable<SessionSummary> covered)
    {
        var names = covered.Select(s => s.Account).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Any(n => NameRules.KeyOf(n) == NameRules.KeyOf(admin.Name)))
        {
            return "That range covers your own connection: you would shut yourself out.";
        }

        foreach (var name in names)
        {
            if (await GrainFactory.GetGrain<IAccountGrain>(NameRules.KeyOf(name)).GetInfoAsync() is not { } target)
            {
                continue;
            }

            if (await TargetRefusalAsync(admin, target, "ban", removes: true) is { } refusal)
            {
                return $"That range covers a connection of {target.Name}. {refusal}";
            }
        }

        return null;
    }

    private async Task<int> DevelopersAsync() =>
        (await GrainFactory.GetGrain<IStaffGrain>(0).GetStaffAsync()).Count(s => s.Value == PermissionLevel.Developer);

    private async Task<List<SessionSummary>> AllSessionsAsync()
    {
        var portals = await GrainFactory.GetGrain<IPortalDirectoryGrain>(0).GetPortalsAsync();
        var ids = await Task.WhenAll(portals.Select(p => GrainFactory.GetGrain<IPortalGrain>(p).GetSessionsAsync()));
        return await SummariesAsync(ids.SelectMany(i => i).Distinct(StringComparer.Ordinal));
    }

    private async Task<List<SessionSummary>> SummariesAsync(IEnumerable<string> sessionIds)
    {
        var summaries = await Task.WhenAll(sessionIds.Select(async id =>
        {
            var asking = GrainFactory.GetGrain<ISessionGrain>(id).GetSummaryAsync();
            return await AnsweredInTimeAsync(asking) ? await asking : null;
        }));
        return
        [
            .. summaries.OfType<SessionSummary>().Where(s => s.Protocol.Length > 0)
                .OrderBy(s => s.Account ?? "\uffff", StringComparer.OrdinalIgnoreCase).ThenBy(s => s.ConnectedAt),
        ];
    }

    private Task NoticeAllAsync(IEnumerable<SessionSummary> sessions, string notice) =>
        Task.WhenAll(sessions.Select(s => AnsweredInTimeAsync(GrainFactory.GetGrain<ISessionGrain>(s.SessionId).NoticeAsync(notice))));

    // Each session is asked on its own and waited for at most OneSessionTimeout: one whose silo is going away must not
    // keep the administrator from the others. False when it did not answer.
    private async Task<bool> AnsweredInTimeAsync(Task call)
    {
        try
        {
            await call.WaitAsync(OneSessionTimeout, clock);
            return true;
        }
        catch (Exception failure) when (failure is TimeoutException or OrleansException)
        {
            return false;
        }
    }

    private static string BootMessage(string reason) =>
        "|rYou have been disconnected by the game's staff.|n" + (reason.Trim().Length > 0 ? $" Reason: {Escape(reason.Trim())}" : "");

    private static string Join(string first, string second) => second.Trim().Length == 0 ? first : $"{first}: {second.Trim()}";

    private static string Escape(string text) => Text.Markup.Escape(text);

    [LoggerMessage(Level = LogLevel.Information, Message = "Administration: {Actor} did {Action} to {Target}")]
    private static partial void LogAdminAction(ILogger logger, string actor, string action, string target);
}
