using System.Collections.Immutable;
using Mud.Sessions;

namespace Mud.Rooms;

/// <summary>A character in a room, with the sessions that see what happens there.</summary>
[GenerateSerializer, Immutable, Alias("Occupant")]
public sealed record Occupant(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<SessionAddress> Sessions);
