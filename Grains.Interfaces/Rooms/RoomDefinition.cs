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
    [property: Id(5)] ImmutableArray<ThingDefinition> Things);

/// <summary>A way out of a room. Players use its name or any alias.</summary>
[GenerateSerializer, Immutable, Alias("ExitDefinition")]
public sealed record ExitDefinition(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<string> Aliases,
    [property: Id(2)] RoomId To,
    [property: Id(3)] string Description = "")
{
    public bool Matches(string word) =>
        Name.Equals(word, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => a.Equals(word, StringComparison.OrdinalIgnoreCase));
}

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
