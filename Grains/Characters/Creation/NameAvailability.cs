using Mud.Accounts;

namespace Mud.Characters.Creation;

/// <summary>Whether a character name is free: valid, no character has it, and it is not another account's name.</summary>
/// <remarks>
/// An account's own name is kept for it, because <c>create</c> may make a character of that name. The
/// final word is the character grain's: creating refuses a name taken since this check.
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
        var character = grains.GetGrain<ICharacterGrain>(key).GetInfoAsync();
        var account = grains.GetGrain<IAccountGrain>(key).GetInfoAsync();
        if (await character is not null)
        {
            return new NameCheck(false, $"The name '{display}' is taken.");
        }

        var owner = await account;
        if (owner is not null && !owner.Name.Equals(accountName, StringComparison.OrdinalIgnoreCase))
        {
            return new NameCheck(false, $"The name '{display}' belongs to another account.");
        }

        return new NameCheck(true, $"{display} is free.");
    }
}
