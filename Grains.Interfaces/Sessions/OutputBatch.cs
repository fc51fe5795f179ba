using System.Collections.Immutable;

namespace Mud.Sessions;

/// <summary>One output message for several sessions of the same front end, so a room line costs one push per front end.</summary>
[GenerateSerializer, Immutable, Alias("Delivery")]
public sealed record Delivery([property: Id(0)] ImmutableArray<string> SessionIds, [property: Id(1)] SessionOutput Output);

/// <summary>Deliveries pushed to one front end in one call.</summary>
[GenerateSerializer, Immutable, Alias("OutputBatch")]
public sealed record OutputBatch([property: Id(0)] ImmutableArray<Delivery> Deliveries);
