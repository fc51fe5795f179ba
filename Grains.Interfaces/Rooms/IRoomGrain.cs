using System.Collections.Immutable;
using Mud.Objects;
using Orleans.Concurrency;

namespace Mud.Rooms;

/// <summary>
/// A place in the world: its description, scenery, exits and items (persisted; exits and items as summaries of their
/// object grains) and who is in it (in memory, re-asserted by characters when they come back after a silo restart).
/// Keyed by <see cref="RoomId"/>.
/// </summary>
public interface IRoomGrain : IGameObjectGrain, IObjectHolderGrain, IGrainWithStringKey
{
    /// <summary>
    /// Sets what the room is (seeding, building, import) and adds or refreshes <paramref name="contents"/> (its exits and
    /// items, already made as objects) in one write; other contents are kept.
    /// </summary>
    Task DefineAsync(RoomDefinition definition, ImmutableArray<ObjectSummary> contents);

    /// <summary>The room as export writes it: its definition and what every object has, or null if it is not built.</summary>
    [ReadOnly]
    Task<RoomRecord?> GetRecordAsync();

    /// <summary>Makes the room exactly as <paramref name="record"/> says (import): definition, aliases, attributes, tags, locks and contents.</summary>
    Task ReplaceAsync(RoomRecord record);

    /// <summary>Whether the room has been defined.</summary>
    [ReadOnly]
    Task<bool> ExistsAsync();

    /// <summary>A character comes in; the room tells the others with <paramref name="announcement"/> (none if null) and returns what the newcomer sees.</summary>
    Task<RoomView> EnterAsync(Occupant occupant, string? announcement);

    /// <summary>A character goes; the others are told <paramref name="announcement"/> unless it is null.</summary>
    Task LeaveAsync(string characterKey, string? announcement);

    /// <summary>The sessions watching a character changed.</summary>
    Task UpdateOccupantAsync(Occupant occupant);

    /// <summary>How many characters are here; behaviours rest while it is none.</summary>
    [ReadOnly]
    Task<int> GetOccupantCountAsync();

    /// <summary>The characters here, for <c>Room.Players</c>.</summary>
    [ReadOnly]
    Task<ImmutableArray<RoomPlayer>> GetPlayersAsync();

    /// <summary>What <paramref name="viewerKey"/> sees looking around.</summary>
    [ReadOnly]
    Task<RoomView> LookAsync(string viewerKey);

    /// <summary>Finds scenery, an object or a character by name for <c>look &lt;name&gt;</c>.</summary>
    [ReadOnly]
    Task<LookTarget?> FindAsync(string name, string viewerKey);

    /// <summary>The exit a word names, if any.</summary>
    [ReadOnly]
    Task<ObjectSummary?> FindExitAsync(string word);

    /// <summary>Shows a line to everyone in the room except <paramref name="exceptKey"/>.</summary>
    Task BroadcastAsync(string markup, string? exceptKey);

    /// <summary>Shows one line to one character here and another to the rest (a whisper: the words, and that it happened).</summary>
    Task WhisperAsync(string toKey, string toMarkup, string othersMarkup, string fromKey);

    /// <summary>
    /// Something said aloud: the text to everyone but <paramref name="exceptKey"/>, and to sessions that asked
    /// for channel messages (GMCP <c>Comm.Channel.Text</c>) the same as an out-of-band message.
    /// </summary>
    Task TalkAsync(RoomTalk talk, string? exceptKey);

    /// <summary>The room as clients' mappers see it: number, name, area, exits by number.</summary>
    [ReadOnly]
    Task<RoomMapInfo> GetMapInfoAsync();

    /// <summary>
    /// Sends one session what it asked of the room now: the items here (<c>Char.Items.List</c>, location <c>room</c>) and
    /// who is here (<c>Room.Players</c>), as <paramref name="listener"/> says. Later changes reach it as an occupant's listener.
    /// </summary>
    Task ShowContentsAsync(RoomListener listener);

    /// <summary>The thing a word names if it fights back when attacked (a training dummy), else null.</summary>
    [ReadOnly]
    Task<SparringTarget?> FindSparringAsync(string name);

    /// <summary>
    /// Deletes the room; refused (null) while anyone is in it, unless <paramref name="evenIfOccupied"/> (a world wipe before
    /// an import: the people stay, in a room not built until the import makes it again). Returns what it held, for the
    /// caller to settle (exits destroyed, items moved out).
    /// </summary>
    Task<ImmutableArray<ObjectSummary>?> DestroyAsync(bool evenIfOccupied = false);
}

/// <summary>A line of talk in a room: the channel it is on (<c>say</c>), who spoke, and the line in colour markup.</summary>
[GenerateSerializer, Immutable, Alias("RoomTalk")]
public sealed record RoomTalk([property: Id(0)] string Channel, [property: Id(1)] string Talker, [property: Id(2)] string Markup);

/// <summary>A room whole, for export and import: its definition (scenery included) and its object side.</summary>
[GenerateSerializer, Immutable, Alias("RoomRecord")]
public sealed record RoomRecord([property: Id(0)] RoomDefinition Definition, [property: Id(1)] ObjectSnapshot Object);

/// <summary>A character in a room as <c>Room.Players</c> lists it.</summary>
[GenerateSerializer, Immutable, Alias("RoomPlayer")]
public sealed record RoomPlayer([property: Id(0)] string Key, [property: Id(1)] string Name);
