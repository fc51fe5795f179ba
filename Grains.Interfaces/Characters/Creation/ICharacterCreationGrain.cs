namespace Mud.Characters.Creation;

/// <summary>
/// The character creation rules for front ends: the options to choose from, a check of a draft as the
/// player fills it in, and a name availability check. A stateless worker (key 0): nothing here is stored,
/// and creating a character is <see cref="Accounts.IAccountGrain.CreateCharacterAsync"/>.
/// </summary>
public interface ICharacterCreationGrain : IGrainWithIntegerKey
{
    /// <summary>Races, classes, stats, the point budget and the limits.</summary>
    Task<CreationOptions> GetOptionsAsync();

    /// <summary>Checks a draft against the rules (not whether its name is free) and works out its stats.</summary>
    Task<DraftCheck> CheckDraftAsync(CharacterDraft draft);

    /// <summary>
    /// Whether <paramref name="name"/> is a valid character name nobody has taken. A name that belongs to
    /// another account is taken too; <paramref name="accountName"/> (the asker, may be null) may use its own.
    /// </summary>
    Task<NameCheck> CheckNameAsync(string name, string? accountName);
}
