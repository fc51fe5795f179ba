using System.Collections.Immutable;

namespace Mud.Objects;

/// <summary>Everything about one object, for <c>@examine</c>, <c>look</c> at it, and export.</summary>
[GenerateSerializer, Immutable, Alias("ObjectSnapshot")]
public sealed record ObjectSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] ObjectKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] ImmutableArray<string> Aliases,
    [property: Id(4)] string Description,
    [property: Id(5)] ImmutableSortedDictionary<string, AttributeValue> Attributes,
    [property: Id(6)] ImmutableArray<string> Tags,
    [property: Id(7)] LockSet Locks,
    [property: Id(8)] ObjectRef? Location,
    [property: Id(9)] ImmutableArray<ObjectSummary> Contents,
    [property: Id(10)] string? Destination = null,
    [property: Id(11)] bool IsContainer = false,
    [property: Id(12)] ImmutableArray<string> Behaviours = default,
    [property: Id(13)] string? Prototype = null,
    [property: Id(14)] string? Area = null)
{
    public ObjectRef Ref => new(Kind, Id);

    public ObjectSummary Summary => new(Id, Kind, Name, Aliases, Locks, Destination, IsContainer, Tags, !Behaviours.IsDefaultOrEmpty);
}
