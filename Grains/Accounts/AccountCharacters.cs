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

        var name = await NameAvailability.CheckAsync(grains, draft.Name, account.Name);
        if (!name.Available)
        {
            return CharacterCreationResult.Fail(CreationField.Name, name.Message);
        }

        var start = await grains.GetGrain<IWorldGrain>(0).GetStartRoomAsync();
        var creation = rules.ToCreation(draft, account.Name, start);
        if (!await grains.GetGrain<ICharacterGrain>(NameRules.KeyOf(creation.Name)).CreateAsync(creation))
        {
            return CharacterCreationResult.Fail(CreationField.Name, $"The name '{creation.Name}' is taken.");
        }

        account.Characters.Add(creation.Name);
        await save();
        await grains.GetGrain<ICensusGrain>(0).CharactersChangedAsync(1);
        return CharacterCreationResult.Created(creation.Name);
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
}
