using System.Collections.Immutable;
using Mud.Sessions;

namespace Mud.Rooms;

/// <summary>
/// A character in a room, with the sessions that see what happens there, those of them that also want talk as
/// out-of-band channel messages, and those that want the room's items and people as they come and go.
/// </summary>
[GenerateSerializer, Immutable, Alias("Occupant")]
public sealed record Occupant(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<SessionAddress> Sessions,
    [property: Id(3)] ImmutableArray<ChannelListener> ChannelListeners = default,
    [property: Id(4)] ImmutableArray<RoomListener> RoomListeners = default);

/// <summary>A session that wants talk as out-of-band channel messages, in its protocol (GMCP or JSON <c>Comm.Channel.Text</c>).</summary>
[GenerateSerializer, Immutable, Alias("ChannelListener")]
public sealed record ChannelListener([property: Id(0)] SessionAddress Address, [property: Id(1)] Oob.OobProtocol Protocol);

/// <summary>A session that wants the room's contents out of band: what it is interested in, in which protocol.</summary>
[GenerateSerializer, Immutable, Alias("RoomListener")]
public sealed record RoomListener([property: Id(0)] SessionAddress Address, [property: Id(1)] RoomInterest Interest);

/// <summary>
/// What of the room a session wants out of band, in its protocol (GMCP or JSON): the items lying there
/// (<c>Char.Items</c> with location <c>room</c>) and the people (<c>Room.Players</c>, <c>Room.AddPlayer</c>, <c>Room.RemovePlayer</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("RoomInterest")]
public sealed record RoomInterest([property: Id(0)] Oob.OobProtocol Protocol, [property: Id(1)] bool Items, [property: Id(2)] bool Players);
