using Mud.Rooms;

namespace Mud.Objects.Behaviours;

/// <summary>What a behaviour acts with: the object as it is now, the room it stands in, and the grains.</summary>
public sealed record BehaviourContext(ObjectSnapshot Self, string RoomKey, IGrainFactory Grains, Func<ObjectSummary, Task> MoveThroughAsync)
{
    public IRoomGrain Room => Grains.GetGrain<IRoomGrain>(RoomKey);

    /// <summary>An attribute as text, or <paramref name="fallback"/>.</summary>
    public string Attribute(string name, string fallback = "") => Self.Attributes.GetValueOrDefault(name)?.Text ?? fallback;
}
