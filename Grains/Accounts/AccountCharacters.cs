using Mud.Characters;
using Mud.Characters.Creation;
using Mud.World;

namespace Mud.Accounts;

/// <summary>
/// An account's side of creating and describing its characters. Runs inside the account grain
/// (one turn at a time), which keeps the list of characters and saves it through <paramref name="save"/>.
/// </summary>
internal sealed class AccountCharacters(IGrainFactory grains, CreationRules rules, AccountState account, Func<Task> save)
{
    public async Task<CharacterCreationResult> CreateAsync(CharacterDraft draft, int maxCharacters)
    {
        if (account.Characters.Count >= maxCharacters)
        {
            return CharacterCreationResult.Fail(CreationField.Account, maxCharacters == 1
                ? "An account has one character here, and you have yours."
                : $"An account may have at most {maxCharacters} characters, and you have them all. Delete one first.");
        }

        var check = rules.Check(draft);
        if (check.Problems.FirstOrDefault() is { } problem)
        {
            return CharacterCreationResult.Fail(problem.Field, problem.Message);
        }

        var key = NameRules.KeyOf(draft.Name);
        var ownerKey = NameRules.KeyOf(account.Name);
        var registry = grains.GetGrain<INameGrain>(key);
        var claim = await registry.ClaimAsync(ownerKey, NameUses.Character);
        if (!claim.Granted)
        {
            return CharacterCreationResult.Fail(CreationField.Name, NameAvailability.Refusal(NameRules.Display(draft.Name), claim.Holder));
        }

        var character = grains.GetGrain<ICharacterGrain>(key);
        var start = await grains.GetGrain<IWorldGrain>(0).GetStartRoomAsync();
        var creation = rules.ToCreation(draft, account.Name, start);
        bool created;
        try
        {
            created = await character.CreateAsync(creation);
        }
        catch
        {
            // Written or not, the name is right either way: a character written after all is found by the registry again.
            await registry.ReleaseIfClaimedAsync(claim, ownerKey, NameUses.Character);
            throw;
        }

        if (created)
        {
            return await ListAsync(creation.Name, CharacterCreationResult.Created(creation.Name));
        }

        if (await character.GetInfoAsync() is { } existing && NameRules.KeyOf(existing.AccountName) == ownerKey && Owned(existing.Name) is null)
        {
            return await ListAsync(existing.Name, CharacterCreationResult.Adopted(existing.Name));
        }

        await registry.ReleaseIfClaimedAsync(claim, ownerKey, NameUses.Character);
        return CharacterCreationResult.Fail(CreationField.Name, $"The name '{creation.Name}' is taken.");
    }

    public async Task<AccountResult> DescribeAsync(string characterName, string description, Func<AccountInfo> info)
    {
        if (Owned(characterName) is not { } name)
        {
            return AccountResult.Fail($"You have no character called '{characterName}'.");
        }

        var problem = await grains.GetGrain<ICharacterGrain>(NameRules.KeyOf(name)).SetDescriptionAsync(description);
        return problem is null ? new AccountResult(true, $"{name}'s description has been changed.", info()) : AccountResult.Fail(problem);
    }

    private string? Owned(string characterName) =>
        account.Characters.FirstOrDefault(c => c.Equals(characterName?.Trim(), StringComparison.OrdinalIgnoreCase));

    // A character exists under the account's name from here on: if this save fails it is left out of the list, and
    // creating it again adopts it (the name stays claimed for the account meanwhile).
    private async Task<CharacterCreationResult> ListAsync(string name, CharacterCreationResult result)
    {
        account.Characters.Add(name);
        try
        {
            await save();
        }
        catch
        {
            // Kept in step with what is stored, so that trying again adopts the character rather than calling it taken.
            account.Characters.Remove(name);
            throw;
        }

        await grains.GetGrain<ICensusGrain>(0).CharactersChangedAsync(1);
        return result;
    }
}
