using System.Collections.Immutable;

namespace Mud.Characters.Creation;

/// <summary>What a new character may be (from <c>world/character-creation.json</c>), for the wizard to list.</summary>
[GenerateSerializer, Immutable, Alias("CreationOptions")]
public sealed record CreationOptions(
    [property: Id(0)] ImmutableArray<StatOption> Stats,
    [property: Id(1)] ImmutableArray<RaceOption> Races,
    [property: Id(2)] ImmutableArray<ClassOption> Classes,
    [property: Id(3)] int PointBudget,
    [property: Id(4)] int MaxPointsPerStat,
    [property: Id(5)] int MaxDescriptionLength,
    [property: Id(6)] string DefaultRace,
    [property: Id(7)] string DefaultClass,
    [property: Id(8)] string DefaultDescription,
    [property: Id(9)] int MaxCharactersPerAccount)
{
    /// <summary>
    /// The draft the in-game <c>charcreate</c> uses: default race and class, no points spent, and the
    /// default description when <paramref name="description"/> is blank.
    /// </summary>
    public CharacterDraft DefaultDraft(string name, string description = "") =>
        new(name, DefaultRace, DefaultClass, ImmutableDictionary<string, int>.Empty, description);
}

/// <summary>One ability score.</summary>
[GenerateSerializer, Immutable, Alias("StatOption")]
public sealed record StatOption(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] int Base,
    [property: Id(3)] string Summary);

/// <summary>A race and what it adds to (or takes from) each stat.</summary>
[GenerateSerializer, Immutable, Alias("RaceOption")]
public sealed record RaceOption(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] string Summary,
    [property: Id(3)] ImmutableDictionary<string, int> Bonuses);

/// <summary>A class and the stat it leans on.</summary>
[GenerateSerializer, Immutable, Alias("ClassOption")]
public sealed record ClassOption(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] string Summary,
    [property: Id(3)] string PrimaryStat);
