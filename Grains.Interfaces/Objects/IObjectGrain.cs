using Orleans.Concurrency;

namespace Mud.Objects;

/// <summary>
/// An item or an exit, keyed by its object id (<c>#12</c>). It is the one authority on where it is: a move is a
/// compare-and-set of its stored location, so two players getting it at once see exactly one succeed, and it can
/// never be in two places.
/// </summary>
public interface IObjectGrain : IGameObjectGrain, IObjectHolderGrain, IGrainWithStringKey
{
    /// <summary>Creates the object, or replaces it whole (seeding, import). Its holder is the caller's to update.</summary>
    Task<ObjectSnapshot> DefineAsync(ObjectSnapshot definition);

    /// <summary>Where the object is now, or null if it does not exist.</summary>
    [AlwaysInterleave]
    Task<ObjectRef?> GetLocationAsync();

    /// <summary>
    /// Moves the object from <see cref="ObjectMove.From"/> to <see cref="ObjectMove.To"/> if it is still at From and the
    /// mover passes its lock for <see cref="ObjectMove.Access"/>. Already at To: succeeds again (a hand-over run twice).
    /// The new location is stored before this returns; the caller then adds it to the new holder and only then removes it from the old.
    /// </summary>
    Task<MoveResult> MoveAsync(ObjectMove move);

    /// <summary>Deletes the object for good. Returns its last state (its holder and contents are the caller's to settle), or null if it did not exist.</summary>
    Task<ObjectSnapshot?> DestroyAsync();

    /// <summary>The room the object is in has people in it again: attached behaviours (a speaking NPC) start ticking.</summary>
    [OneWay]
    Task WakeAsync();
}

/// <summary>A request to move an object, by whom, checked against the lock of which access type (<c>get</c> for get, give, drop, put).</summary>
[GenerateSerializer, Immutable, Alias("ObjectMove")]
public sealed record ObjectMove(
    [property: Id(0)] ObjectRef From,
    [property: Id(1)] ObjectRef To,
    [property: Id(2)] Accessor? By,
    [property: Id(3)] string Access = "get");

/// <summary>How a move went: done (with the object's summary for its new holder), or why not.</summary>
[GenerateSerializer, Immutable, Alias("MoveResult")]
public sealed record MoveResult(
    [property: Id(0)] ObjectSummary? Moved,
    [property: Id(1)] MoveRefusal Refusal = MoveRefusal.None,
    [property: Id(2)] string Message = "")
{
    public bool Succeeded => Moved is not null;
}

/// <summary>Why a move did not happen.</summary>
[GenerateSerializer]
public enum MoveRefusal
{
    None,

    /// <summary>The object is no longer where the mover saw it (someone else took it first).</summary>
    NotThere,

    /// <summary>Its lock says no.</summary>
    Locked,

    /// <summary>It does not exist (destroyed meanwhile).</summary>
    Gone,
}
