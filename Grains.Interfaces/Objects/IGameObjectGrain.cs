using Orleans.Concurrency;

namespace Mud.Objects;

/// <summary>What every object in the world answers, whatever its kind: rooms, exits, items and characters.</summary>
public interface IGameObjectGrain : IAddressable
{
    /// <summary>Everything about the object, or null if it does not exist.</summary>
    [AlwaysInterleave]
    Task<ObjectSnapshot?> GetSnapshotAsync();

    /// <summary>
    /// Applies one builder's edit and stores it. The caller keeps the object's holder up to date with the
    /// summary in the result (see <see cref="IObjectHolderGrain"/>), so an object never calls back into a holder that is calling it.
    /// </summary>
    Task<EditResult> EditAsync(ObjectEdit edit);
}

/// <summary>
/// Something that holds objects: a room (items and exits), a character (inventory), a container item. It keeps a
/// summary of each; the objects themselves decide where they are (<see cref="IObjectGrain.MoveAsync"/>), and these
/// calls bring the holder's list in line. Each is idempotent, so a hand-over run again after a failure changes nothing
/// twice. They interleave with the holder's other calls (its writes are queued), so two characters handing each other
/// things at the same moment cannot wait on each other.
/// </summary>
public interface IObjectHolderGrain : IAddressable
{
    /// <summary>Adds the object, or refreshes its summary if it is already held.</summary>
    [AlwaysInterleave]
    Task AddContentAsync(ObjectSummary content);

    /// <summary>Forgets the object; nothing happens if it was not held.</summary>
    [AlwaysInterleave]
    Task RemoveContentAsync(string id);

    /// <summary>What is held, in the order it came.</summary>
    [AlwaysInterleave]
    Task<System.Collections.Immutable.ImmutableArray<ObjectSummary>> GetContentsAsync();
}
