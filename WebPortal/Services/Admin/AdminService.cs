using System.Collections.Immutable;
using Mud.Accounts;
using Mud.Admin;
using Mud.Channels;
using Mud.Characters;
using Mud.Sessions;
using Mud.World;

namespace Mud.WebPortal.Services.Admin;

/// <summary>
/// The administration pages' way to the game. Every action goes through <see cref="IAdminGrain"/>, which checks the
/// acting account's level and writes the audit log, exactly as the in-game commands do; this only carries requests
/// and answers.
/// </summary>
public sealed class AdminService(GameCalls game)
{
    /// <summary>Whether the account (a grain key) is an Admin or above and not locked; false when the game did not answer.</summary>
    public async Task<Answer<bool>> IsAdminAsync(string? accountKey, CancellationToken cancellationToken = default) =>
        accountKey is null
            ? new Answer<bool>(true, false)
            : await game.ReadAsync(async c => await c.GetGrain<IAccountGrain>(accountKey).GetInfoAsync() is { IsAdmin: true, IsLocked: false }, cancellationToken);

    public Task<Answer<AdminAnswer<ImmutableArray<SessionSummary>>>> GetSessionsAsync(string actor, CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => Admin(c).GetSessionsAsync(actor), cancellationToken);

    public Task<Answer<AdminAnswer<ImmutableArray<Ban>>>> GetBansAsync(string actor, CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => Admin(c).GetBansAsync(actor), cancellationToken);

    public Task<Answer<AdminAnswer<AccountReport?>>> GetAccountAsync(string actor, string account, CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => Admin(c).GetAccountAsync(actor, account.Trim()), cancellationToken);

    public Task<Answer<AdminAnswer<AuditPage?>>> GetAuditAsync(string actor, int page, int pageSize, CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => Admin(c).GetAuditAsync(actor, page, pageSize), cancellationToken);

    public Task<Answer<ImmutableArray<ChannelInfo>>> GetChannelsAsync(CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => c.GetGrain<IChannelDirectoryGrain>(0).GetAllAsync(), cancellationToken);

    public Task<AdminResult> BootSessionAsync(string actor, string sessionId, string reason) => ActAsync(c => Admin(c).BootSessionAsync(actor, sessionId, reason));

    public Task<AdminResult> BanAsync(string actor, string target, TimeSpan? duration, string reason) =>
        ActAsync(c => Admin(c).BanAsync(actor, target.Trim(), duration, reason.Trim()));

    public Task<AdminResult> UnbanAsync(string actor, string target) => ActAsync(c => Admin(c).UnbanAsync(actor, target.Trim()));

    public Task<AdminResult> LockAsync(string actor, string account, string reason) => ActAsync(c => Admin(c).LockAsync(actor, account, reason.Trim()));

    public Task<AdminResult> UnlockAsync(string actor, string account) => ActAsync(c => Admin(c).UnlockAsync(actor, account));

    public Task<AdminResult> ResetPasswordAsync(string actor, string account) => ActAsync(c => Admin(c).ResetPasswordAsync(actor, account));

    /// <summary>The game's live figures: connections, characters in the world, accounts, characters, silos.</summary>
    public Task<Answer<AdminFigures>> GetFiguresAsync(string actor, CancellationToken cancellationToken = default) =>
        game.ReadAsync(async c =>
        {
            var sessions = await Admin(c).GetSessionsAsync(actor);
            var online = await c.GetGrain<IPresenceGrain>(0).GetOnlineAsync();
            var census = await c.GetGrain<ICensusGrain>(0).GetAsync();
            var silos = await c.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            return new AdminFigures(
                sessions.Value.Length,
                sessions.Value.Count(s => s.Account is not null),
                online.Length,
                census.Accounts,
                census.Characters,
                silos.Count,
                census.UpSince);
        }, cancellationToken);

    private async Task<AdminResult> ActAsync(Func<IClusterClient, Task<AdminResult>> action)
    {
        var answer = await game.WriteAsync(action);
        return answer.IsAvailable ? answer.Value! : AdminResult.Fail("The game did not answer; it may be restarting. Try again in a moment.");
    }

    private static IAdminGrain Admin(IClusterClient client) => client.GetGrain<IAdminGrain>(0);
}

/// <summary>What the administration home page shows.</summary>
public sealed record AdminFigures(int Connections, int LoggedIn, int InTheWorld, long Accounts, long Characters, int Silos, DateTimeOffset? UpSince);
