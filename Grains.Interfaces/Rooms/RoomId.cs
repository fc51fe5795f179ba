namespace Mud.Rooms;

/// <summary>A room's identity, as written in world data (for example "village-square").</summary>
[GenerateSerializer, Immutable, Alias("RoomId")]
public readonly record struct RoomId([property: Id(0)] string Value)
{
    public override string ToString() => Value;
}
