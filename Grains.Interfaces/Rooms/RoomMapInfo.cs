using System.Collections.Immutable;

namespace Mud.Rooms;

/// <summary>A room as clients' mappers see it (GMCP Room.Info, MSDP ROOM): numbers rather than prose.</summary>
[GenerateSerializer, Immutable, Alias("RoomMapInfo")]
public sealed record RoomMapInfo(
    [property: Id(0)] RoomId Id,
    [property: Id(1)] int Number,
    [property: Id(2)] string Name,
    [property: Id(3)] string Area,
    [property: Id(4)] ImmutableArray<RoomMapExit> Exits)
{
    public bool Equals(RoomMapInfo? other) =>
        other is not null && Id == other.Id && Number == other.Number && Name == other.Name && Area == other.Area && Exits.SequenceEqual(other.Exits);

    public override int GetHashCode() => HashCode.Combine(Id, Number);
}

/// <summary>One exit for a mapper: its key (<c>n</c>, <c>ne</c>, <c>u</c>, <c>in</c>, or a named exit's name) and the number of the room it leads to.</summary>
[GenerateSerializer, Immutable, Alias("RoomMapExit")]
public sealed record RoomMapExit([property: Id(0)] string Key, [property: Id(1)] int To);

/// <summary>Something in a room that fights back when attacked, such as a training dummy.</summary>
[GenerateSerializer, Immutable, Alias("SparringTarget")]
public sealed record SparringTarget([property: Id(0)] string Name, [property: Id(1)] SparringDefinition Sparring);
