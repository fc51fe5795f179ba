namespace Mud.Accounts;

/// <summary>Undoing a claim when the creation that made it fails.</summary>
internal static class NameClaims
{
    /// <summary>
    /// Gives back what <paramref name="claim"/> took, if it took anything: a claim that found the name already held
    /// for this use belongs to an earlier creation and stays.
    /// </summary>
    public static Task ReleaseIfClaimedAsync(this INameGrain registry, NameClaimResult claim, string ownerKey, NameUses use) =>
        claim.Outcome == NameClaimOutcome.Claimed ? registry.ReleaseAsync(ownerKey, use) : Task.CompletedTask;
}
