using System.Collections.Immutable;
using Mud.Channels;
using Mud.Characters.Creation;
using Mud.Oob;
using Mud.Sessions;
using Orleans.Concurrency;

namespace Mud.Accounts;

/// <summary>
/// A player's account: name, password, permissions and characters, and the live table of its sessions
/// with the character each one puppets. The multisession mode is enforced here, one request at a time,
/// so racing logins and puppet requests always end in a state the mode allows. Keyed by the lower-case name.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the account, claiming its name in <see cref="INameGrain"/> first. Fails (without throwing) if the name is
    /// invalid or taken (by an account, or by another account's character) or the password too weak.
    /// </summary>
    Task<AccountResult> CreateAsync(string displayName, Password password);

    /// <summary>Checks the password. Callers throttle failures (<c>LoginCheck</c>), since only they know where the attempt comes from.</summary>
    Task<AccountResult> VerifyPasswordAsync(Password password);

    /// <summary>Changes the password after checking the old one.</summary>
    Task<AccountResult> ChangePasswordAsync(Password oldPassword, Password newPassword);

    /// <summary>What a web login cookie must carry to stay valid, or null if the account does not exist.</summary>
    [AlwaysInterleave]
    Task<string?> GetSecurityStampAsync();

    /// <summary>Voids every web login of the account at its next request (a new security stamp), as a password change does.</summary>
    Task LogOutEverywhereAsync();

    /// <summary>The account's public facts, or null if it does not exist.</summary>
    [AlwaysInterleave]
    Task<AccountInfo?> GetInfoAsync();

    /// <summary>
    /// Creates a character for this account if the creation rules allow the draft: a valid, free name,
    /// room for another character, a known race and class, points within the budget, a description within
    /// the limit. The one way to create a character, for the web wizard and the in-game command alike
    /// (which passes <see cref="CreationOptions.DefaultDraft"/>). It starts in the world's start room.
    /// </summary>
    Task<CharacterCreationResult> CreateCharacterAsync(CharacterDraft draft);

    /// <summary>Sets the description of one of this account's characters, by the same rules as creation.</summary>
    Task<AccountResult> DescribeCharacterAsync(string characterName, string description);

    /// <summary>Deletes one of the account's characters; refused while any session puppets it.</summary>
    Task<AccountResult> DeleteCharacterAsync(string characterName);

    /// <summary>
    /// A session has logged in (its password checked). Applies the multisession mode: which character it
    /// puppets at once, and (mode 0) which older sessions it takes over from.
    /// </summary>
    Task<SessionGrant> OpenSessionAsync(SessionAddress session);

    /// <summary>A session re-announces itself after a silo restart, with its number and the puppet it had.</summary>
    Task ResumeSessionAsync(SessionAddress session, int number, string? puppetKey);

    /// <summary>A session of this account ended.</summary>
    Task DetachSessionAsync(string sessionId);

    /// <summary>
    /// The session asks to puppet one of the account's characters (or, for an administrator with
    /// <paramref name="overrideOwner"/>, anyone's). Other sessions whose puppet changes with it are told.
    /// </summary>
    Task<PuppetResult> PuppetAsync(string sessionId, string characterName, bool overrideOwner = false);

    /// <summary>The session stops puppeting (in modes 0 and 1, so do all sessions sharing the puppet).</summary>
    Task<PuppetResult> UnpuppetAsync(string sessionId);

    /// <summary>The character the account has assigned to a session now, or null.</summary>
    [AlwaysInterleave]
    Task<string?> GetPuppetOfAsync(string sessionId);

    /// <summary>The account, its characters and its sessions with their puppets.</summary>
    [AlwaysInterleave]
    Task<AccountOverview> GetOverviewAsync();

    /// <summary>
    /// Sets the account's permission level, with no questions asked: <c>@perm</c> checks who may do it first, through
    /// <see cref="IStaffGrain"/>, which keeps the last Developer from being demoted. The account's sessions are told.
    /// </summary>
    Task<AccountResult> SetLevelAsync(PermissionLevel level);

    /// <summary>
    /// Locks the account (<paramref name="reason"/> non-null) or unlocks it (null): a locked account's password is
    /// refused and its sessions are closed. Administrators do this through <c>IAdminGrain</c>, which checks and audits.
    /// </summary>
    Task<AccountResult> SetLockAsync(string? reason);

    /// <summary>Sets a new password without the old one (an administrator's reset); the password rules still apply.</summary>
    Task<AccountResult> ResetPasswordAsync(Password newPassword);

    /// <summary>An account-level message: shown in every session of the account.</summary>
    [OneWay]
    Task MessageAsync(string markup);

    /// <summary>Ends every session of the account except <paramref name="exceptSessionId"/>, telling each why.</summary>
    Task EndSessionsAsync(string reason, string? exceptSessionId);

    /// <summary>The channels the account is on, in the order it joined them.</summary>
    [AlwaysInterleave]
    Task<ImmutableArray<ChannelSubscription>> GetChannelsAsync();

    /// <summary>
    /// Puts the account on a channel (stored) and its sessions on the channel's listeners. The caller has
    /// checked the channel's listen rule. Returns why not, or null.
    /// </summary>
    Task<string?> JoinChannelAsync(ChannelInfo channel);

    /// <summary>Takes the account off a channel; false when it was not on it.</summary>
    Task<bool> LeaveChannelAsync(string channelKey);

    /// <summary>Stops (or restarts) hearing a channel while staying on it. Returns why not, or null.</summary>
    Task<string?> MuteChannelAsync(string channelKey, bool muted);

    /// <summary>
    /// Whether a session wants channel lines out of band too, and in which protocol (null: text only). Sent by
    /// the session's out-of-band subscription grain whenever that changes and when the session resumes.
    /// </summary>
    [OneWay]
    Task SetChannelListenerAsync(string sessionId, OobProtocol? protocol);

    /// <summary>The account's nicks: a word typed first on a line, and what it stands for.</summary>
    [AlwaysInterleave]
    Task<ImmutableDictionary<string, string>> GetNicksAsync();

    /// <summary>Adds or replaces a nick (stored); every session of the account uses it from its next line. Returns why not, or null.</summary>
    Task<string?> SetNickAsync(string word, string replacement);

    /// <summary>Removes a nick; false when there was none.</summary>
    Task<bool> RemoveNickAsync(string word);

    /// <summary>The accounts whose pages, tells and whispers this account does not get, by key.</summary>
    [AlwaysInterleave]
    Task<ImmutableArray<string>> GetIgnoredAsync();

    /// <summary>Whether this account ignores the account <paramref name="accountKey"/>.</summary>
    [AlwaysInterleave]
    Task<bool> IgnoresAsync(string accountKey);

    /// <summary>Ignores an account (stored). Returns why not, or null.</summary>
    Task<string?> IgnoreAsync(string accountKey);

    /// <summary>Stops ignoring an account; false when it was not ignored.</summary>
    Task<bool> UnignoreAsync(string accountKey);

    /// <summary>
    /// Counts one page (or tell) sent by this account against <c>Mud:PagesPerMinute</c>; false when it is over,
    /// and the page must not be sent.
    /// </summary>
    Task<bool> TryAdmitPageAsync();

    /// <summary>A page from the account <paramref name="fromAccountKey"/>: shown in every session, unless that account is ignored (false).</summary>
    Task<bool> PageAsync(string fromAccountKey, string markup);
}

/// <summary>An account as others may see it.</summary>
[GenerateSerializer, Immutable, Alias("AccountInfo")]
public sealed record AccountInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<string> Characters,
    [property: Id(2)] PermissionLevel Level,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] string? LockedBecause = null)
{
    /// <summary>Locked by an administrator: nobody may log in to it.</summary>
    public bool IsLocked => LockedBecause is not null;

    public bool IsAdmin => Level >= PermissionLevel.Admin;
}

/// <summary>The outcome of an account operation: success, or a message the player can read.</summary>
[GenerateSerializer, Immutable, Alias("AccountResult")]
public sealed record AccountResult([property: Id(0)] bool Succeeded, [property: Id(1)] string Message, [property: Id(2)] AccountInfo? Account = null)
{
    public static AccountResult Ok(AccountInfo account) => new(true, "", account);

    public static AccountResult Fail(string message) => new(false, message);
}
