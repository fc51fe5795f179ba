using System.Collections.Immutable;

namespace Mud.Characters.Creation;

/// <summary>The character creation data file (<c>world/character-creation.json</c>) as read and checked at silo start.</summary>
public sealed record CreationData(
    int Version,
    int PointBudget,
    int MaxPointsPerStat,
    int MaxDescriptionLength,
    string DefaultDescription,
    string DefaultRace,
    string DefaultClass,
    ImmutableArray<StatOption> Stats,
    ImmutableArray<RaceOption> Races,
    ImmutableArray<ClassOption> Classes);
