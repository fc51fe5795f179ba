using Mud.Characters;
using Mud.Sessions;
using Orleans.Concurrency;

namespace Mud.Oob;

/// <summary>
/// What one client session asked to be told out of band: MSDP reported variables, GMCP supported
/// packages, scheduled sends. Keyed by the session id and persisted, so subscriptions survive a silo
/// restart; cleared when the session closes. Pushes each change to its session in the session's own
/// encoding.
/// </summary>
public interface IOobSubscriptionGrain : IGrainWithStringKey
{
    /// <summary>The session changed: its output address, its protocols, its account or its puppet. Also called when it resumes after a silo restart.</summary>
    Task UpdateSessionAsync(OobSession session);

    /// <summary>An out-of-band message from the client (MSDP REPORT, GMCP Core.Supports.Set, ...).</summary>
    Task ReceiveAsync(OobSession session, OobProtocol protocol, OobMessage message);

    /// <summary>The watched character's vitals or location changed. One-way: the character never waits for its watchers.</summary>
    [OneWay]
    Task CharacterChangedAsync(CharacterReport report);

    /// <summary>The session is over: stop every report and schedule, and forget them.</summary>
    Task CloseAsync();
}

/// <summary>The session facts out-of-band semantics depend on.</summary>
/// <param name="Address">Where the session's output goes.</param>
/// <param name="Protocols">The out-of-band protocols its connection speaks now.</param>
/// <param name="Account">The logged-in account's display name, or null.</param>
/// <param name="Character">The puppeted character's grain key, or null.</param>
[GenerateSerializer, Immutable, Alias("OobSession")]
public sealed record OobSession(
    [property: Id(0)] SessionAddress Address,
    [property: Id(1)] OobProtocols Protocols,
    [property: Id(2)] string? Account,
    [property: Id(3)] string? Character);
