namespace Mud.Accounts;

/// <summary>
/// The registry entry of one name, shared by accounts and characters: which account holds it, and as what. Every
/// creation claims its name here first, so an account cannot shadow another account's character, and of two
/// creations of one name at once exactly one wins. Keyed by <c>NameRules.KeyOf(name)</c>.
/// </summary>
/// <remarks>
/// Names made before the registry have no entry: the first question about such a name looks for an account and a
/// character of that key and records what it finds, so they are held as if they had been claimed.
/// </remarks>
public interface INameGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the name for the account <paramref name="ownerKey"/>, as <paramref name="use"/>. An account may hold its own
    /// name both as the account and as a character; nobody else may hold a name somebody holds.
    /// </summary>
    Task<NameClaimResult> ClaimAsync(string ownerKey, NameUses use);

    /// <summary>
    /// Gives back what <paramref name="ownerKey"/> holds as <paramref name="use"/> (a deleted character, a creation that
    /// failed after its claim); when nothing is left the name is free. A release by anyone but the holder does nothing.
    /// </summary>
    Task ReleaseAsync(string ownerKey, NameUses use);

    /// <summary>Who holds the name now, or null when it is free.</summary>
    Task<NameHolder?> GetHolderAsync();
}

/// <summary>What a name is used as by the account holding it.</summary>
[GenerateSerializer, Flags]
public enum NameUses
{
    None = 0,
    Account = 1,
    Character = 2,
}

/// <summary>The account (by key) holding a name, and what it uses it for.</summary>
[GenerateSerializer, Immutable, Alias("NameHolder")]
public sealed record NameHolder([property: Id(0)] string OwnerKey, [property: Id(1)] NameUses Uses)
{
    public bool IsCharacter => Uses.HasFlag(NameUses.Character);
}

/// <summary>How a claim ended.</summary>
[GenerateSerializer]
public enum NameClaimOutcome
{
    /// <summary>The name is now held for the claimant as it asked; a failed creation must release it.</summary>
    Claimed,

    /// <summary>The claimant already held it as it asked (an earlier creation got this far): nothing changed.</summary>
    AlreadyYours,

    /// <summary>Another account holds the name.</summary>
    Taken,
}

/// <summary>The outcome of a claim, and who holds the name afterwards.</summary>
[GenerateSerializer, Immutable, Alias("NameClaimResult")]
public sealed record NameClaimResult([property: Id(0)] NameClaimOutcome Outcome, [property: Id(1)] NameHolder Holder)
{
    public bool Granted => Outcome != NameClaimOutcome.Taken;
}
