using System.Collections.Immutable;

namespace Mud.Characters.Creation;

/// <summary>Which part of a draft a problem is about, so the wizard can send the player back to that step.</summary>
public enum CreationField
{
    None,
    Name,
    Race,
    Class,
    Stats,
    Description,

    /// <summary>The account itself: it does not exist, or it has all the characters it may have.</summary>
    Account,
}

/// <summary>One reason a draft cannot be created, in words the player can read.</summary>
[GenerateSerializer, Immutable, Alias("DraftProblem")]
public sealed record DraftProblem([property: Id(0)] CreationField Field, [property: Id(1)] string Message);

/// <summary>
/// The rules' verdict on a draft, without touching any stored state: what is wrong with it, the stats it
/// would end up with, and the points still to spend.
/// </summary>
[GenerateSerializer, Immutable, Alias("DraftCheck")]
public sealed record DraftCheck(
    [property: Id(0)] ImmutableArray<DraftProblem> Problems,
    [property: Id(1)] ImmutableDictionary<string, int> FinalStats,
    [property: Id(2)] int PointsLeft)
{
    public bool IsValid => Problems.IsEmpty;

    /// <summary>The first problem about <paramref name="field"/>, if any.</summary>
    public string? ProblemWith(CreationField field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;
}

/// <summary>Whether a character name may be used now: valid by the name rules and not taken.</summary>
[GenerateSerializer, Immutable, Alias("NameCheck")]
public sealed record NameCheck([property: Id(0)] bool Available, [property: Id(1)] string Message);

/// <summary>
/// The outcome of creating a character: success with its name, or the problem and where it lies. A success may be
/// <see cref="Recovered"/>: the character had been made for the account before, but the account had not kept it.
/// </summary>
[GenerateSerializer, Immutable, Alias("CharacterCreationResult")]
public sealed record CharacterCreationResult(
    [property: Id(0)] bool Succeeded,
    [property: Id(1)] string Message,
    [property: Id(2)] CreationField Field = CreationField.None,
    [property: Id(3)] string? CharacterName = null,
    [property: Id(4)] bool Recovered = false)
{
    public static CharacterCreationResult Created(string name) => new(true, $"{name} has been created.", CreationField.None, name);

    public static CharacterCreationResult Adopted(string name) =>
        new(true, $"{name} was already made for this account; it is yours again.", CreationField.None, name, Recovered: true);

    public static CharacterCreationResult Fail(CreationField field, string message) => new(false, message, field);
}
