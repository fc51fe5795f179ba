using System.Collections.Immutable;

namespace Mud.Objects;

/// <summary>
/// What a holder (a room, a character, a container) keeps of each object it holds, so that looking, matching
/// and lock checks need no call to the object itself: a room of 200 items answers <c>look</c> in one turn.
/// The object grain is the authority and sends a fresh summary to its holder whenever one of these fields changes.
/// </summary>
[GenerateSerializer, Immutable, Alias("ObjectSummary")]
public sealed record ObjectSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] ObjectKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] ImmutableArray<string> Aliases,
    [property: Id(4)] LockSet Locks,
    [property: Id(5)] string? Destination = null,
    [property: Id(6)] bool IsContainer = false,
    [property: Id(7)] ImmutableArray<string> Tags = default,
    [property: Id(8)] bool HasBehaviours = false)
{
    public ObjectRef Ref => new(Kind, Id);

    /// <summary>Whether a word names it exactly: its name or any alias, ignoring case.</summary>
    public bool IsCalled(string word) =>
        Name.Equals(word, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => a.Equals(word, StringComparison.OrdinalIgnoreCase));
}
