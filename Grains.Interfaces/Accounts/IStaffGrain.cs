using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mud.Accounts;

/// <summary>
/// Who holds a permission level above Player, and the first-run bootstrap: the first account ever created becomes the
/// Developer (a configured name nobody has registered yet is never trusted). Single grain, key 0.
/// </summary>
public interface IStaffGrain : IGrainWithIntegerKey
{
    /// <summary>True, once only in a game's life, for the first account created; it is recorded as the Developer.</summary>
    Task<bool> ClaimFoundingAsync(string accountKey);

    /// <summary>
    /// Records an account's new level; refused (with the reason) when it would leave the game without a Developer.
    /// The caller then sets the level on the account itself.
    /// </summary>
    Task<string?> ChangeLevelAsync(string accountKey, PermissionLevel level);

    /// <summary>Every account above Player, with its level.</summary>
    [ReadOnly]
    Task<ImmutableSortedDictionary<string, PermissionLevel>> GetStaffAsync();
}
