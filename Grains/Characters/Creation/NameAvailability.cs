using Mud.Accounts;

namespace Mud.Characters.Creation;

/// <summary>
/// Whether an account may name a character so: valid, and nobody else holds the name in the name registry
/// (<see cref="INameGrain"/>). An account's own name is its own to use for a character.
/// </summary>
/// <remarks>
/// This only answers the wizard while the player types; creating claims the name, and of two creations of one
/// name the registry lets exactly one through.
/// </remarks>
public static class NameAvailability
{
    public static async Task<NameCheck> CheckAsync(IGrainFactory grains, string name, string? accountName)
    {
        if (NameRules.Check(name) is { } problem)
        {
            return new NameCheck(false, problem);
        }

        var display = NameRules.Display(name);
        var key = NameRules.KeyOf(name);
        var holder = await grains.GetGrain<INameGrain>(key).GetHolderAsync();
        var accountKey = accountName is null ? null : NameRules.KeyOf(accountName);
        if (holder is null || (holder.OwnerKey == accountKey && !holder.IsCharacter))
        {
            return new NameCheck(true, $"{display} is free.");
        }

        return holder.OwnerKey == accountKey
            ? await CheckOwnCharacterAsync(grains, key, holder.OwnerKey, display)
            : new NameCheck(false, Refusal(display, holder));
    }

    /// <summary>Why a name someone else holds cannot be a character's.</summary>
    public static string Refusal(string display, NameHolder holder) => holder.IsCharacter
        ? $"The name '{display}' is taken."
        : $"The name '{display}' belongs to another account.";

    // The account holds the name for a character: a character it lists, or one whose creation did not finish (the
    // account's save failed after the character's, or the character was never written), which creating completes.
    private static async Task<NameCheck> CheckOwnCharacterAsync(IGrainFactory grains, string key, string accountKey, string display)
    {
        var accountAsked = grains.GetGrain<IAccountGrain>(accountKey).GetInfoAsync();
        var character = await grains.GetGrain<ICharacterGrain>(key).GetInfoAsync();
        var account = await accountAsked;
        if (character is null)
        {
            return new NameCheck(true, $"{display} is free.");
        }

        return account is null || account.Characters.Any(c => NameRules.KeyOf(c) == key)
            ? new NameCheck(false, $"The name '{display}' is taken.")
            : new NameCheck(true, $"{display} was made for this account before but is missing from it: creating it gives it back.");
    }
}
