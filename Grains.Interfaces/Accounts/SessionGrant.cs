using System.Collections.Immutable;
using Mud.Sessions;

namespace Mud.Accounts;

/// <summary>
/// What a session may do on logging in: its number within the account, the character it puppets at once
/// (null: out of character), and the older sessions it takes over from (multisession mode 0), which the new
/// session closes once it has the puppet.
/// </summary>
[GenerateSerializer, Immutable, Alias("SessionGrant")]
public sealed record SessionGrant(
    [property: Id(0)] AccountInfo Account,
    [property: Id(1)] int Number,
    [property: Id(2)] string? PuppetKey,
    [property: Id(3)] ImmutableArray<SessionAddress> Displaced);

/// <summary>The answer to a puppet or unpuppet request: the session's puppet now, or why not.</summary>
[GenerateSerializer, Immutable, Alias("PuppetResult")]
public sealed record PuppetResult(
    [property: Id(0)] bool Succeeded,
    [property: Id(1)] string Message,
    [property: Id(2)] string? PuppetKey)
{
    public static PuppetResult Ok(string? puppetKey) => new(true, "", puppetKey);

    public static PuppetResult Fail(string message) => new(false, message, null);
}

/// <summary>One session of an account: its number within the account (#1, #2...) and its puppet.</summary>
[GenerateSerializer, Immutable, Alias("AccountSession")]
public sealed record AccountSession(
    [property: Id(0)] int Number,
    [property: Id(1)] string SessionId,
    [property: Id(2)] string? PuppetKey);

/// <summary>An account with its live sessions, for <c>look</c>, <c>characters</c> and <c>sessions</c>.</summary>
[GenerateSerializer, Immutable, Alias("AccountOverview")]
public sealed record AccountOverview(
    [property: Id(0)] AccountInfo Account,
    [property: Id(1)] ImmutableArray<AccountSession> Sessions);
