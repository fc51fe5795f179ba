using System.Collections.Immutable;

namespace Mud.Objects;

/// <summary>
/// An object's locks: for each access type (<c>get</c>, <c>traverse</c>, <c>puppet</c>, <c>edit</c>, <c>delete</c>,
/// <c>control</c>) a lock expression such as <c>perm(Builder) or holds(key)</c>. Types without a lock use the default
/// for the object's kind (see the lock language in <c>docs/building.md</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("LockSet")]
public sealed record LockSet([property: Id(0)] ImmutableSortedDictionary<string, string> ByAccess)
{
    public static readonly LockSet None = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase));

    public static readonly ImmutableArray<string> AccessTypes = ["get", "traverse", "open", "puppet", "edit", "delete", "control"];

    public string? For(string access) => ByAccess.GetValueOrDefault(access);

    public LockSet With(string access, string expression) => new(ByAccess.SetItem(access.ToLowerInvariant(), expression));

    public LockSet Without(string access) => new(ByAccess.Remove(access));

    /// <summary>As written by builders and <c>@examine</c>: <c>get:holds(key); traverse:all()</c>.</summary>
    public override string ToString() => string.Join("; ", ByAccess.Select(p => $"{p.Key}:{p.Value}"));

    public bool Equals(LockSet? other) => other is not null && ByAccess.SequenceEqual(other.ByAccess);

    public override int GetHashCode() => ByAccess.Count;
}
