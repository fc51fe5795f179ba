using System.Collections.Immutable;
using Mud.Oob;
using Orleans.Concurrency;

namespace Mud.Sessions;

/// <summary>
/// One client connection's game side: its login state, account and puppet. Keyed by a session id the
/// front end makes. Persisted, so a silo restart resumes the session where it was.
/// </summary>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Starts the session and shows the connection screen.</summary>
    Task OpenAsync(SessionOpening opening);

    /// <summary>
    /// Runs one line the player typed, and returns what it answers this session. The answer travels with the
    /// call's response rather than as a push, so a command that ran is never left without its reply (a push
    /// can be dropped while a silo stops) and costs one message fewer.
    /// </summary>
    Task<ImmutableArray<SessionOutput>> InputAsync(string line);

    /// <summary>
    /// Logs an open session in to an account its front end has already authenticated (the web site's login
    /// cookie), then carries on as after <c>connect</c>: the welcome, and the puppet if the settings say so.
    /// Returns false when there is no such account.
    /// </summary>
    Task<bool> LogInVerifiedAsync(string accountName);

    /// <summary>
    /// An out-of-band message from the client: MSDP, GMCP or JSON. JSON <c>text</c> runs a typed line; a GMCP
    /// or JSON message named after a command runs it as if typed; the rest goes to the session's subscriptions.
    /// Returns the command's answer, as <see cref="InputAsync"/> does.
    /// </summary>
    Task<ImmutableArray<SessionOutput>> OobInputAsync(OobProtocol protocol, OobMessage message);

    /// <summary>
    /// Records what negotiation learned about the client. Kept in memory, not stored for its own sake: a front end
    /// gives the details again to <see cref="ResumeAsync"/>.
    /// </summary>
    Task UpdateClientAsync(ClientDetails client);

    /// <summary>
    /// Re-attaches a session after the cluster lost its in-memory state (a silo restart): output routing,
    /// puppet presence, and what the front end knows of the client (null if nothing yet), in one call because a
    /// front end resumes thousands of sessions while their players wait. Returns false when the session is unknown,
    /// so the front end should open it anew.
    /// </summary>
    Task<bool> ResumeAsync(IPortalObserver portal, ClientDetails? client);

    /// <summary>The connection is gone: leave the game and forget the session.</summary>
    Task CloseAsync();

    /// <summary>
    /// The account changed which character this session puppets (another session of the account asked).
    /// One-way: the session asks the account for its puppet and follows, so notices never race each other.
    /// </summary>
    [OneWay]
    Task PuppetChangedAsync();

    /// <summary>The account changed (its permission level): the session reads it again.</summary>
    [OneWay]
    Task AccountChangedAsync();

    /// <summary>Ends the session from the game's side (taken over by a newer login, or <c>quit all</c>).</summary>
    [OneWay]
    Task EndAsync(string reason);

    /// <summary>The account's nicks changed (in another session); this session uses the new ones from its next line.</summary>
    [OneWay]
    Task NicksChangedAsync(ImmutableDictionary<string, string> nicks);

    /// <summary>
    /// A notice from the game's staff (<c>@wall</c>, <c>@shutdown</c>), shown whatever the session is doing; answers once
    /// the session's front end has it. Interleaves, so a session busy with a slow command does not hold the staff up.
    /// </summary>
    [AlwaysInterleave]
    Task NoticeAsync(string markup);

    /// <summary>What <c>sessions</c> shows about this session.</summary>
    [AlwaysInterleave]
    Task<SessionSummary> GetSummaryAsync();
}

/// <summary>
/// One line of <c>sessions</c> (and of <c>@who</c>): who is connected from where, since when, and how long idle; the
/// names of the account and the puppet when logged in. An empty <paramref name="Protocol"/> means no such session is open.
/// </summary>
[GenerateSerializer, Immutable, Alias("SessionSummary")]
public sealed record SessionSummary(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string Protocol,
    [property: Id(2)] string ClientName,
    [property: Id(3)] string RemoteAddress,
    [property: Id(4)] DateTimeOffset ConnectedAt,
    [property: Id(5)] DateTimeOffset LastInputAt,
    [property: Id(6)] string? Account = null,
    [property: Id(7)] string? Puppet = null);
