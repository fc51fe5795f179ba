using Mud.Accounts;
using Mud.Rooms;

namespace Mud.Objects.Behaviours;

/// <summary>What a behaviour acts with: the object as it is now, the room it stands in, the grains, and moves and edits of itself made directly.</summary>
public sealed record BehaviourContext(
    ObjectSnapshot Self,
    string RoomKey,
    IGrainFactory Grains,
    Func<ObjectSummary, Task> MoveThroughAsync,
    Func<ObjectEdit, Task<EditResult>> EditSelfAsync)
{
    public IRoomGrain Room => Grains.GetGrain<IRoomGrain>(RoomKey);

    /// <summary>An attribute as text, or <paramref name="fallback"/>.</summary>
    public string Attribute(string name, string fallback = "") => Self.Attributes.GetValueOrDefault(name)?.Text ?? fallback;

    /// <summary>Whether the object may walk through <paramref name="exit"/>: it leads somewhere, is not a closed door, and its traverse lock lets the object by.</summary>
    public bool MayPass(ObjectSummary exit) => MayPass(Self, exit);

    public static bool MayPass(ObjectSnapshot walker, ObjectSummary exit) =>
        exit.Destination is not null && !Doors.IsClosed(exit) && Locks.Locks.Allows(ObjectKind.Exit, exit.Locks, "traverse", AsAccessor(walker));

    private static Accessor AsAccessor(ObjectSnapshot self) => new(self.Id, self.Name, "", PermissionLevel.Player, self.Contents, self.Attributes, self.Tags);
}
