using Mud.Objects;

namespace Mud.Rooms;

/// <summary>
/// What is stored for a room: its definition (name, area, description, scenery), what every object stores, and
/// summaries of its exits and items. Who is in it is not stored (see <see cref="IRoomGrain"/>).
/// </summary>
public sealed class RoomState
{
    public RoomDefinition? Definition { get; set; }

    public ObjectCore Core { get; set; } = new();

    public List<ObjectSummary> Contents { get; set; } = [];
}
