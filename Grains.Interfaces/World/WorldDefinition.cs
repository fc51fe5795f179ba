using System.Collections.Immutable;
using Mud.Rooms;

namespace Mud.World;

/// <summary>The starter world as read from the data file.</summary>
[GenerateSerializer, Immutable, Alias("WorldDefinition")]
public sealed record WorldDefinition(
    [property: Id(0)] int Version,
    [property: Id(1)] RoomId StartRoom,
    [property: Id(2)] ImmutableArray<RoomDefinition> Rooms);
