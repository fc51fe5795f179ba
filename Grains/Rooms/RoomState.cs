namespace Mud.Rooms;

/// <summary>What is stored for a room: its definition. Who is in it is not stored (see <see cref="IRoomGrain"/>).</summary>
public sealed class RoomState
{
    public RoomDefinition? Definition { get; set; }
}
