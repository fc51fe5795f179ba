using System.Collections.Immutable;

namespace Mud.Sessions;

/// <summary>One output message for several sessions of the same front end, so a room line costs one push per front end.</summary>
[GenerateSerializer, Immutable, Alias("Delivery")]
public sealed record Delivery([property: Id(0)] ImmutableArray<string> SessionIds, [property: Id(1)] SessionOutput Output);

/// <summary>
/// Deliveries pushed to one front end in one call. <see cref="Sender"/> names the sending grain activation
/// and <see cref="Sequence"/> counts its pushes to this front end from 1, so the front end can restore the
/// order they were sent in; a <see cref="Sequence"/> of 0 is delivered as it comes.
/// </summary>
[GenerateSerializer, Immutable, Alias("OutputBatch")]
public sealed record OutputBatch(
    [property: Id(0)] ImmutableArray<Delivery> Deliveries,
    [property: Id(1)] long Sender = 0,
    [property: Id(2)] long Sequence = 0);
