using Microsoft.Extensions.Options;
using Mud.Settings;
using Orleans.Concurrency;

namespace Mud.Characters.Creation;

[GrainType("character-creation"), StatelessWorker]
public sealed class CharacterCreationGrain(CreationRules rules, IOptions<GameOptions> game) : Grain, ICharacterCreationGrain
{
    public Task<CreationOptions> GetOptionsAsync() => Task.FromResult(rules.ToOptions(game.Value.CharacterLimit));

    public Task<DraftCheck> CheckDraftAsync(CharacterDraft draft) => Task.FromResult(rules.Check(draft));

    public Task<NameCheck> CheckNameAsync(string name, string? accountName) => NameAvailability.CheckAsync(GrainFactory, name ?? "", accountName);
}
