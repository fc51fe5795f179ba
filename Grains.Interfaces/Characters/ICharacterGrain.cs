using System.Collections.Immutable;
using Mud.Rooms;
using Mud.Sessions;

namespace Mud.Characters;

/// <summary>
/// An in-game avatar, puppeted by sessions of its account, and an object like any other: attributes, tags, locks,
/// and an inventory it holds. Keyed by the lower-case character name.
/// </summary>
public interface ICharacterGrain : Objects.IGameObjectGrain, Objects.IObjectHolderGrain, IGrainWithStringKey
{
    /// <summary>
    /// Creates the character for an account in the given room; fails if it already exists. Claims no name: only
    /// <see cref="Accounts.IAccountGrain.CreateCharacterAsync"/> calls it, after claiming the name in <see cref="Accounts.INameGrain"/>.
    /// </summary>
    Task<bool> CreateAsync(CharacterCreation creation);

    /// <summary>The character's public facts, or null if it does not exist. Interleaves so that two characters may look at each other.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<CharacterInfo?> GetInfoAsync();

    /// <summary>What the character is (race, class, stats) besides its public facts, or null if it does not exist.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<CharacterProfile?> GetProfileAsync();

    /// <summary>Changes the description others see; returns the problem, or null when it was set.</summary>
    Task<string?> SetDescriptionAsync(string description);

    /// <summary>
    /// A session starts puppeting this character. The first session brings it into the world
    /// (announced unless <paramref name="resuming"/>: a silo restart is invisible to the room). Unless
    /// resuming, the session is told whom it plays and where it stands, after <paramref name="lead"/>
    /// (the session's own text, such as its welcome) in the same push, since pushes from two grains may
    /// arrive in either order.
    /// </summary>
    Task AttachSessionAsync(SessionAddress session, bool resuming, string? lead = null);

    /// <summary>
    /// A session stops puppeting. The last one takes the character out of the world, at once or, when its
    /// connection was lost, after the link-dead grace period.
    /// </summary>
    Task DetachSessionAsync(string sessionId, SessionEnd end);

    /// <summary>Deletes the character for good; refused (false) while any session puppets it.</summary>
    Task<bool> DeleteAsync();

    /// <summary>
    /// Runs a character command for a puppeting session whose account has permission <paramref name="level"/>.
    /// <paramref name="verb"/> is a character command's key or, failing that, perhaps the name of an exit. Returns
    /// what the command answers that session; the character's other sessions get theirs pushed.
    /// </summary>
    Task<ImmutableArray<SessionOutput>> ExecuteAsync(SessionAddress session, string verb, string arguments, Accounts.PermissionLevel level = Accounts.PermissionLevel.Player);

    /// <summary>Moves the character to a room at once (<c>@teleport</c>), with the departure and arrival told to each room.</summary>
    Task<bool> TeleportAsync(RoomId destination, string departure, string arrival);

    /// <summary>
    /// A session's out-of-band subscription asks to be told of changes to this character (vitals, location,
    /// and with <see cref="OobWatch.Channels"/> what is said around it). Returns the character now, or null if it does not exist.
    /// </summary>
    Task<CharacterReport?> WatchAsync(OobWatch watch);

    /// <summary>A session's subscription no longer cares about this character.</summary>
    Task UnwatchAsync(string sessionId);

    /// <summary>The character now, for a one-off out-of-band send. Interleaves: it only reads.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<CharacterReport?> GetReportAsync();

    /// <summary>
    /// Damage (negative) or healing (positive) from outside the character's own commands: hazards, other
    /// characters, administrators, load tools. Clamped to 0..max; returns the vitals after, or null if the character does not exist.
    /// </summary>
    Task<Vitals?> AdjustVitalsAsync(int health, int mana);
}

/// <summary>Why a session stops puppeting a character.</summary>
[GenerateSerializer]
public enum SessionEnd
{
    /// <summary>The player chose to: <c>ooc</c>, another puppet, <c>quit</c>.</summary>
    Left,

    /// <summary>The connection dropped without a goodbye.</summary>
    LinkLost,
}

/// <summary>What is needed to create a character.</summary>
[GenerateSerializer, Immutable, Alias("CharacterCreation")]
public sealed record CharacterCreation(
    [property: Id(0)] string Name,
    [property: Id(1)] string AccountName,
    [property: Id(2)] RoomId StartRoom,
    [property: Id(3)] string Description,
    [property: Id(4)] string Race = "",
    [property: Id(5)] string Class = "",
    [property: Id(6)] ImmutableDictionary<string, int>? Stats = null);

/// <summary>A character as others may see it.</summary>
[GenerateSerializer, Immutable, Alias("CharacterInfo")]
public sealed record CharacterInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] string AccountName,
    [property: Id(2)] string Description,
    [property: Id(3)] RoomId Location,
    [property: Id(4)] bool Online);

/// <summary>A character's facts with what it is: race, class and final stats (keys from the creation options).</summary>
[GenerateSerializer, Immutable, Alias("CharacterProfile")]
public sealed record CharacterProfile(
    [property: Id(0)] CharacterInfo Info,
    [property: Id(1)] string Race,
    [property: Id(2)] string Class,
    [property: Id(3)] ImmutableDictionary<string, int> Stats,
    [property: Id(4)] DateTimeOffset CreatedAt);

