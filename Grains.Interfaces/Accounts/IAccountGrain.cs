using System.Collections.Immutable;
using Mud.Characters.Creation;
using Mud.Sessions;

namespace Mud.Accounts;

/// <summary>A player's account: name, password, permissions and characters. Keyed by the lower-case account name.</summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account. Fails (without throwing) if the name is taken or invalid or the password too weak.</summary>
    Task<AccountResult> CreateAsync(string displayName, string password);

    /// <summary>Checks the password, with per-account throttling of failures.</summary>
    Task<AccountResult> VerifyPasswordAsync(string password);

    /// <summary>Changes the password after checking the old one.</summary>
    Task<AccountResult> ChangePasswordAsync(string oldPassword, string newPassword);

    /// <summary>The account's public facts, or null if it does not exist.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<AccountInfo?> GetInfoAsync();

    /// <summary>Records that a character was created for this account.</summary>
    Task<AccountResult> AddCharacterAsync(string characterName);

    /// <summary>
    /// Creates a character for this account if the creation rules allow the draft: a valid, free name,
    /// room for another character, a known race and class, points within the budget, a description within
    /// the limit. The one way to create a character, for the web wizard and the in-game command alike.
    /// </summary>
    Task<CharacterCreationResult> CreateCharacterAsync(CharacterDraft draft);

    /// <summary>Deletes one of this account's characters; refused while any session puppets it.</summary>
    Task<AccountResult> DeleteCharacterAsync(string characterName);

    /// <summary>Sets the description of one of this account's characters, by the same rules as creation.</summary>
    Task<AccountResult> DescribeCharacterAsync(string characterName, string description);

    /// <summary>A session logged in to this account; account-wide messages reach it from now on.</summary>
    Task AttachSessionAsync(SessionAddress session);

    /// <summary>A session of this account ended.</summary>
    Task DetachSessionAsync(string sessionId);
}

/// <summary>An account as others may see it.</summary>
[GenerateSerializer, Immutable, Alias("AccountInfo")]
public sealed record AccountInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<string> Characters,
    [property: Id(2)] bool IsAdmin,
    [property: Id(3)] DateTimeOffset CreatedAt);

/// <summary>The outcome of an account operation: success, or a message the player can read.</summary>
[GenerateSerializer, Immutable, Alias("AccountResult")]
public sealed record AccountResult([property: Id(0)] bool Succeeded, [property: Id(1)] string Message, [property: Id(2)] AccountInfo? Account = null)
{
    public static AccountResult Ok(AccountInfo account) => new(true, "", account);

    public static AccountResult Fail(string message) => new(false, message);
}
