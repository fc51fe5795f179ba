using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mud.Objects;

/// <summary>
/// The index of every object by id and name, so that <c>@find</c>, <c>@teleport</c> and the builder's listings never
/// scan grains, and the source of new object ids. Single grain, key 0; it holds names, not the objects.
/// </summary>
public interface IObjectDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Fresh object ids (<c>#1</c>, <c>#2</c> ...), never handed out twice.</summary>
    Task<ImmutableArray<string>> NewIdsAsync(int count);

    /// <summary>Adds or updates entries, in one write (none when nothing changed).</summary>
    Task RegisterAsync(ImmutableArray<DirectoryEntry> entries);

    /// <summary>Forgets an object.</summary>
    Task RemoveAsync(ObjectRef target);

    /// <summary>The entry of one object, or null.</summary>
    [ReadOnly]
    Task<DirectoryEntry?> GetAsync(ObjectRef target);

    /// <summary>
    /// Objects whose id, name or alias match <paramref name="query"/>: <c>#12</c> by id, otherwise exact names first,
    /// then names starting with it, then containing it. At most <paramref name="limit"/>.
    /// </summary>
    [ReadOnly]
    Task<ImmutableArray<DirectoryEntry>> FindAsync(string query, ObjectKind? kind, int limit);

    /// <summary>Every entry of one kind (every room, for the builder's area listing), or of every kind.</summary>
    [ReadOnly]
    Task<ImmutableArray<DirectoryEntry>> ListAsync(ObjectKind? kind);
}

/// <summary>One object in the directory. <paramref name="Place"/> is a room's area, or an exit's destination.</summary>
[GenerateSerializer, Immutable, Alias("DirectoryEntry")]
public sealed record DirectoryEntry(
    [property: Id(0)] ObjectRef Ref,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<string> Aliases,
    [property: Id(3)] string Place = "");
