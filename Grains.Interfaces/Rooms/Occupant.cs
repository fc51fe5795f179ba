using System.Collections.Immutable;
using Mud.Sessions;

namespace Mud.Rooms;

/// <summary>
/// A character in a room, with the sessions that see what happens there, and those of them that also
/// want talk as out-of-band channel messages.
/// </summary>
[GenerateSerializer, Immutable, Alias("Occupant")]
public sealed record Occupant(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<SessionAddress> Sessions,
    [property: Id(3)] ImmutableArray<ChannelListener> ChannelListeners = default);

/// <summary>A session that wants talk as out-of-band channel messages, in its protocol (GMCP or JSON <c>Comm.Channel.Text</c>).</summary>
[GenerateSerializer, Immutable, Alias("ChannelListener")]
public sealed record ChannelListener([property: Id(0)] SessionAddress Address, [property: Id(1)] Oob.OobProtocol Protocol);
