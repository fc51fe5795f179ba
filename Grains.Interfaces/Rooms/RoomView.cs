using System.Collections.Immutable;

namespace Mud.Rooms;

/// <summary>
/// What a character sees on looking around a room. <see cref="Items"/> are the items lying there as listed, alike ones
/// once with their count ("a coin (3)").
/// </summary>
[GenerateSerializer, Immutable, Alias("RoomView")]
public sealed record RoomView(
    [property: Id(0)] RoomId Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Area,
    [property: Id(3)] string Description,
    [property: Id(4)] ImmutableArray<string> Exits,
    [property: Id(5)] ImmutableArray<string> Things,
    [property: Id(6)] ImmutableArray<string> Others,
    [property: Id(7)] ImmutableArray<string> Items = default);

/// <summary>What <c>look &lt;name&gt;</c> found in a room: scenery (described here), a person, or an object (described by its own grain).</summary>
[GenerateSerializer, Immutable, Alias("LookTarget")]
public sealed record LookTarget(
    [property: Id(0)] string Name,
    [property: Id(1)] string Description,
    [property: Id(2)] string? CharacterKey,
    [property: Id(3)] string? ObjectId = null);
