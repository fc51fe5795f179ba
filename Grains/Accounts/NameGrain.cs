using Microsoft.Extensions.Logging;
using Mud.Characters;

namespace Mud.Accounts;

[GrainType("name")]
public sealed partial class NameGrain(
    [PersistentState("name", "store")] IPersistentState<NameState> name,
    ILogger<NameGrain> logger) : Grain, INameGrain
{
    private string Key => this.GetPrimaryKeyString();

    public async Task<NameClaimResult> ClaimAsync(string ownerKey, NameUses use)
    {
        if (use is not (NameUses.Account or NameUses.Character))
        {
            throw new ArgumentOutOfRangeException(nameof(use), use, "A claim is for an account or for a character.");
        }

        var holder = await GetHolderAsync();
        if (holder is not null && holder.OwnerKey != ownerKey)
        {
            return new NameClaimResult(NameClaimOutcome.Taken, holder);
        }

        if (holder is not null && holder.Uses.HasFlag(use))
        {
            return new NameClaimResult(NameClaimOutcome.AlreadyYours, holder);
        }

        name.State = new NameState { OwnerKey = ownerKey, Uses = (holder?.Uses ?? NameUses.None) | use };
        await name.WriteStateAsync();
        return new NameClaimResult(NameClaimOutcome.Claimed, Recorded);
    }

    public async Task ReleaseAsync(string ownerKey, NameUses use)
    {
        if (!name.RecordExists || name.State.OwnerKey != ownerKey || (name.State.Uses & use) == NameUses.None)
        {
            return;
        }

        name.State.Uses &= ~use;
        if (name.State.Uses == NameUses.None)
        {
            await name.ClearStateAsync();
        }
        else
        {
            await name.WriteStateAsync();
        }
    }

    public async Task<NameHolder?> GetHolderAsync()
    {
        if (name.RecordExists)
        {
            return Recorded;
        }

        if (await FindMadeBeforeTheRegistryAsync() is not { } found)
        {
            return null;
        }

        name.State = new NameState { OwnerKey = found.OwnerKey, Uses = found.Uses };
        await name.WriteStateAsync();
        LogRecordedOldName(logger, Key, found.OwnerKey, found.Uses);
        return found;
    }

    private NameHolder Recorded => new(name.State.OwnerKey, name.State.Uses);

    // A name without a record may still be in use: accounts and characters made before the registry claimed nothing.
    // Asked every time there is no record, since a free name is never written (the wizard asks about every name typed).
    private async Task<NameHolder?> FindMadeBeforeTheRegistryAsync()
    {
        var accountAsked = GrainFactory.GetGrain<IAccountGrain>(Key).GetInfoAsync();
        var characterAsked = GrainFactory.GetGrain<ICharacterGrain>(Key).GetInfoAsync();
        var account = await accountAsked;
        var character = await characterAsked;
        var characterOwner = character is null ? null : NameRules.KeyOf(character.AccountName);
        if (account is null)
        {
            return characterOwner is null ? null : new NameHolder(characterOwner, NameUses.Character);
        }

        if (characterOwner is not null && characterOwner != Key)
        {
            // An account shadowing another account's character, as the game allowed before the registry. The account
            // keeps the name: its character may stay, but a release of that character must not free the account's name.
            LogShadowed(logger, Key, characterOwner);
            return new NameHolder(Key, NameUses.Account);
        }

        return new NameHolder(Key, characterOwner is null ? NameUses.Account : NameUses.Account | NameUses.Character);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Name {Name}, made before the name registry, recorded as held by account {OwnerKey} ({Uses})")]
    private static partial void LogRecordedOldName(ILogger logger, string name, string ownerKey, NameUses uses);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Name {Name} is both an account and a character of account {CharacterOwner}, made before the name registry: the account keeps the name")]
    private static partial void LogShadowed(ILogger logger, string name, string characterOwner);
}
