using System.Collections.Immutable;

namespace Mud.Rooms;

/// <summary>A room as builders define it: what it looks like and where its exits lead.</summary>
[GenerateSerializer, Immutable, Alias("RoomDefinition")]
public sealed record RoomDefinition(
    [property: Id(0)] RoomId Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Area,
    [property: Id(3)] string Description,
    [property: Id(4)] ImmutableArray<ExitDefinition> Exits,
    [property: Id(5)] ImmutableArray<ThingDefinition> Things,
    [property: Id(6)] ImmutableArray<ItemSeed> Items = default);

/// <summary>
/// A way out of a room as world data writes it; seeding makes it an exit object. Players use its name or any alias.
/// Tags make it a door (<c>door</c>, <c>closed</c>); behaviours and their attributes work as on items.
/// </summary>
[GenerateSerializer, Immutable, Alias("ExitDefinition")]
public sealed record ExitDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<string> Aliases,
    [property: Id(2)] RoomId To,
    [property: Id(3)] string Description = "",
    [property: Id(4)] Objects.LockSet? Locks = null,
    [property: Id(5)] ImmutableArray<string> Tags = default,
    [property: Id(6)] ImmutableSortedDictionary<string, Objects.AttributeValue>? Attributes = null,
    [property: Id(7)] ImmutableArray<string> Behaviours = default);

/// <summary>
/// An item as world data writes it, perhaps with contents of its own. <paramref name="Key"/> names it within the data
/// file, so seeding a newer version of the file knows which items it made before.
/// </summary>
[GenerateSerializer, Immutable, Alias("ItemSeed")]
public sealed record ItemSeed(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<string> Aliases,
    [property: Id(3)] string Description,
    [property: Id(4)] bool IsContainer,
    [property: Id(5)] ImmutableSortedDictionary<string, Objects.AttributeValue> Attributes,
    [property: Id(6)] ImmutableArray<string> Tags,
    [property: Id(7)] Objects.LockSet Locks,
    [property: Id(8)] ImmutableArray<string> Behaviours,
    [property: Id(9)] ImmutableArray<ItemSeed> Contents,
    [property: Id(10)] string? Prototype = null);

/// <summary>Scenery in a room that can be looked at, and perhaps attacked (<paramref name="Sparring"/>).</summary>
[GenerateSerializer, Immutable, Alias("ThingDefinition")]
public sealed record ThingDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<string> Aliases,
    [property: Id(2)] string Description,
    [property: Id(3)] SparringDefinition? Sparring = null)
{
    public bool Matches(string word) =>
        Name.Equals(word, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => a.Equals(word, StringComparison.OrdinalIgnoreCase));
}

/// <summary>How a thing fights back when attacked: the damage of each blow it returns, and the experience an exchange teaches.</summary>
[GenerateSerializer, Immutable, Alias("SparringDefinition")]
public sealed record SparringDefinition(
    [property: Id(0)] int MinDamage,
    [property: Id(1)] int MaxDamage,
    [property: Id(2)] int Experience);
