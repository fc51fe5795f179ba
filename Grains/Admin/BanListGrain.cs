using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Mud.Settings;

namespace Mud.Admin;

[GrainType("bans")]
public sealed class BanListGrain(
    [PersistentState("bans", "store")] IPersistentState<BanState> bans,
    IOptions<BanOptions> options,
    TimeProvider clock) : Grain, IBanListGrain
{
    private IEnumerable<Ban> InForce
    {
        get
        {
            var now = clock.GetUtcNow();
            return bans.State.Bans.Where(b => b.InForceAt(now));
        }
    }

    public async Task AddAsync(Ban ban)
    {
        bans.State.Bans = [.. InForce.Where(b => !Same(b, ban.Kind, ban.Target)), ban];
        await bans.WriteStateAsync();
    }

    public async Task<bool> RemoveAsync(BanKind kind, string target)
    {
        var kept = InForce.Where(b => !Same(b, kind, target)).ToList();
        var removed = kept.Count < InForce.Count();
        bans.State.Bans = kept;
        await bans.WriteStateAsync();
        return removed;
    }

    public Task<ImmutableArray<Ban>> GetAsync() => Task.FromResult(InForce.ToImmutableArray());

    public Task<string?> RefusalAsync(string? accountKey, string address)
    {
        var ban = InForce.FirstOrDefault(b => b.Kind == BanKind.Address && AddressRange.Contains(b.Target, address))
            ?? (accountKey is null ? null : InForce.FirstOrDefault(b => b.Kind == BanKind.Account && b.Target == accountKey));
        return Task.FromResult(ban is null ? null : Describe(ban));
    }

    private string Describe(Ban ban)
    {
        var until = ban.Until is { } end ? $" The ban ends {end.UtcDateTime:yyyy-MM-dd HH:mm} UTC." : "";
        var reason = ban.Reason.Length > 0 ? $" Reason: {ban.Reason}" : "";
        return options.Value.Message + until + reason;
    }

    private static bool Same(Ban ban, BanKind kind, string target) => ban.Kind == kind && ban.Target.Equals(target, StringComparison.OrdinalIgnoreCase);
}
