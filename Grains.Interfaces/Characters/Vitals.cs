namespace Mud.Characters;

/// <summary>A character's health, mana, level and experience at one moment.</summary>
[GenerateSerializer, Immutable, Alias("Vitals")]
public sealed record Vitals(
    [property: Id(0)] int Health,
    [property: Id(1)] int HealthMax,
    [property: Id(2)] int Mana,
    [property: Id(3)] int ManaMax,
    [property: Id(4)] int Level,
    [property: Id(5)] int Experience);

/// <summary>What out-of-band watchers of a character are told: who it is, where it is, how it fares and what it carries.</summary>
[GenerateSerializer, Immutable, Alias("CharacterReport")]
public sealed record CharacterReport(
    [property: Id(0)] string Name,
    [property: Id(1)] Rooms.RoomId Location,
    [property: Id(2)] Vitals Vitals,
    [property: Id(3)] System.Collections.Immutable.ImmutableArray<Objects.ObjectSummary> Inventory = default);

/// <summary>A session's out-of-band subscription asking a character to report its changes.</summary>
/// <param name="SessionId">The session (and its subscription grain's key).</param>
/// <param name="Channels">Set when the session wants what is said around the character as channel messages (GMCP <c>Comm.Channel</c>), in this protocol.</param>
/// <param name="Room">Set when the session wants the items or the people of the character's room as they come and go.</param>
[GenerateSerializer, Immutable, Alias("OobWatch")]
public sealed record OobWatch(
    [property: Id(0)] string SessionId,
    [property: Id(1)] Sessions.SessionAddress Address,
    [property: Id(2)] Oob.OobProtocol? Channels,
    [property: Id(3)] Rooms.RoomInterest? Room = null);
