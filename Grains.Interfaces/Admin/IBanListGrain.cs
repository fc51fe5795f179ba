using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mud.Admin;

/// <summary>
/// The game's bans, of accounts and of address ranges, each for good or until a time. Single grain, key 0,
/// stored. Expired bans are ignored at once and dropped at the next change.
/// </summary>
public interface IBanListGrain : IGrainWithIntegerKey
{
    /// <summary>Adds a ban, replacing one of the same target.</summary>
    Task AddAsync(Ban ban);

    /// <summary>Lifts the ban of this kind and target (an account key, or a range as <see cref="AddressRange"/> writes it); false when there was none.</summary>
    Task<bool> RemoveAsync(BanKind kind, string target);

    /// <summary>The bans in force now.</summary>
    [ReadOnly]
    Task<ImmutableArray<Ban>> GetAsync();

    /// <summary>
    /// Why a client at <paramref name="address"/> (logging in to <paramref name="accountKey"/>, when known) is refused,
    /// in words for the player (the configured <c>Mud:Bans:Message</c>), or null when no ban applies.
    /// </summary>
    [ReadOnly]
    Task<string?> RefusalAsync(string? accountKey, string address);
}

[GenerateSerializer]
public enum BanKind
{
    Account = 0,
    Address = 1,
}

/// <summary>
/// A ban: of an account (<paramref name="Target"/> its key) or an address range (CIDR, <c>10.1.0.0/16</c>), made by
/// <paramref name="By"/>, in force until <paramref name="Until"/> (null: until lifted).
/// </summary>
[GenerateSerializer, Immutable, Alias("Ban")]
public sealed record Ban(
    [property: Id(0)] BanKind Kind,
    [property: Id(1)] string Target,
    [property: Id(2)] string Display,
    [property: Id(3)] string By,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] DateTimeOffset? Until,
    [property: Id(6)] string Reason)
{
    public bool InForceAt(DateTimeOffset now) => Until is not { } until || now < until;
}
