using System.Collections.Immutable;
using Mud.Accounts;
using Mud.Characters;
using Mud.Characters.Creation;
using Mud.Rooms;
using Mud.WebPortal.Services.Accounts;

namespace Mud.WebPortal.Services.Characters;

/// <summary>
/// An account's characters for the web pages: list, create (the wizard), describe and delete. Every rule
/// is the silo's; this only carries requests and answers, and keeps nothing between calls.
/// </summary>
public sealed class CharacterService(GameCalls game)
{
    /// <summary>The account's characters with race, class, stats and where they stand, read fresh from their grains.</summary>
    public async Task<Answer<ImmutableArray<CharacterCard>>> ListAsync(string accountKey, CancellationToken cancellationToken = default) =>
        await game.ReadAsync(async c =>
        {
            var account = await c.GetGrain<IAccountGrain>(accountKey).GetInfoAsync();
            if (account is null)
            {
                return [];
            }

            var cards = await Task.WhenAll(account.Characters.Select(async name =>
            {
                var profile = await c.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).GetProfileAsync();
                if (profile is null)
                {
                    return null;
                }

                var room = await c.GetGrain<IRoomGrain>(profile.Info.Location.Value).LookAsync(name.ToLowerInvariant());
                return new CharacterCard(profile, room.Name);
            }));
            return cards.OfType<CharacterCard>().ToImmutableArray();
        }, cancellationToken);

    public Task<Answer<CreationOptions>> GetOptionsAsync(CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => c.GetGrain<ICharacterCreationGrain>(0).GetOptionsAsync(), cancellationToken);

    public Task<Answer<DraftCheck>> CheckDraftAsync(CharacterDraft draft, CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => c.GetGrain<ICharacterCreationGrain>(0).CheckDraftAsync(draft), cancellationToken);

    public Task<Answer<NameCheck>> CheckNameAsync(string name, string accountName, CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => c.GetGrain<ICharacterCreationGrain>(0).CheckNameAsync(name.Trim(), accountName), cancellationToken);

    public async Task<CharacterCreationResult> CreateAsync(string accountKey, CharacterDraft draft)
    {
        var answer = await game.WriteAsync(c => c.GetGrain<IAccountGrain>(accountKey).CreateCharacterAsync(draft with { Name = draft.Name.Trim() }));
        return answer.IsAvailable
            ? answer.Value!
            : CharacterCreationResult.Fail(CreationField.None, "The game did not answer. Look at your characters before trying again: it may have been created.");
    }

    public async Task<AccountResult> DescribeAsync(string accountKey, string characterName, string description)
    {
        var answer = await game.WriteAsync(c => c.GetGrain<IAccountGrain>(accountKey).DescribeCharacterAsync(characterName, description));
        return answer.IsAvailable ? answer.Value! : AccountResult.Fail(AccountService.Restarting);
    }

    public async Task<AccountResult> DeleteAsync(string accountKey, string characterName)
    {
        var answer = await game.WriteAsync(c => c.GetGrain<IAccountGrain>(accountKey).DeleteCharacterAsync(characterName));
        return answer.IsAvailable ? answer.Value! : AccountResult.Fail(AccountService.Restarting);
    }
}

/// <summary>One character on the account's page: what it is, and the name of the room it stands in.</summary>
public sealed record CharacterCard(CharacterProfile Profile, string RoomName)
{
    public CharacterInfo Info => Profile.Info;
}
