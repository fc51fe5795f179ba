using System.Collections.Immutable;
using System.Text;
using Mud.Accounts;
using Mud.Rooms;
using Mud.Text;

namespace Mud.Characters.Creation;

/// <summary>
/// What makes a character draft acceptable, and what the character ends up as. Pure rules over the data
/// file, with no stored state: the name's availability is <see cref="NameAvailability"/>'s part.
/// </summary>
public sealed class CreationRules(CreationData data)
{
    public CreationData Data => data;

    public CreationOptions ToOptions(int maxCharactersPerAccount) => new(
        data.Stats, data.Races, data.Classes, data.PointBudget, data.MaxPointsPerStat, data.MaxDescriptionLength,
        data.DefaultRace, data.DefaultClass, data.DefaultDescription, maxCharactersPerAccount);

    /// <summary>Every problem with the draft, its final stats and the points left to spend.</summary>
    public DraftCheck Check(CharacterDraft draft)
    {
        var problems = new List<DraftProblem>();
        if (NameRules.Check(draft.Name ?? "") is { } nameProblem)
        {
            problems.Add(new(CreationField.Name, nameProblem));
        }

        var race = FindRace(draft.Race);
        if (race is null)
        {
            problems.Add(new(CreationField.Race, string.IsNullOrWhiteSpace(draft.Race)
                ? $"Choose a race: {Choices(data.Races.Select(r => r.Name))}."
                : $"There is no race '{draft.Race}'. Choose {Choices(data.Races.Select(r => r.Name))}."));
        }

        if (FindClass(draft.Class) is null)
        {
            problems.Add(new(CreationField.Class, string.IsNullOrWhiteSpace(draft.Class)
                ? $"Choose a class: {Choices(data.Classes.Select(c => c.Name))}."
                : $"There is no class '{draft.Class}'. Choose {Choices(data.Classes.Select(c => c.Name))}."));
        }

        var points = draft.Points ?? ImmutableDictionary<string, int>.Empty;
        problems.AddRange(CheckPoints(points));
        if (DescriptionProblem(draft.Description ?? "") is { } descriptionProblem)
        {
            problems.Add(new(CreationField.Description, descriptionProblem));
        }

        var spent = points.Values.Where(v => v > 0).Sum(v => (long)v);
        var left = (int)Math.Max(data.PointBudget - spent, int.MinValue);
        return new DraftCheck([.. problems], FinalStats(race, points), left);
    }

    /// <summary>The stored form of a player's description: one line, no control or invisible format characters, trimmed.</summary>
    /// <remarks>
    /// Markup is kept as typed: the description is player text, escaped wherever it is shown
    /// (<see cref="Markup.Escape"/> in the game, HTML encoding on the web).
    /// </remarks>
    public static string CleanDescription(string description)
    {
        var text = new StringBuilder(description.Length);
        foreach (var c in description)
        {
            // Line breaks from a web text box become spaces rather than vanishing and gluing words together.
            text.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return string.Join(' ', Markup.SanitizeInput(text.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Why a description cannot be used, or null.</summary>
    public string? DescriptionProblem(string description)
    {
        var length = CleanDescription(description).Length;
        return length > data.MaxDescriptionLength
            ? $"A description may be at most {data.MaxDescriptionLength} characters long; this one has {length}."
            : null;
    }

    /// <summary>The description to store: cleaned, or the default when blank. Check it first.</summary>
    public string DescriptionToStore(string description) =>
        CleanDescription(description) is { Length: > 0 } clean ? clean : data.DefaultDescription;

    /// <summary>What the character grain stores for a draft that passed <see cref="Check"/>.</summary>
    public CharacterCreation ToCreation(CharacterDraft draft, string accountName, RoomId startRoom)
    {
        var race = FindRace(draft.Race)!;
        return new CharacterCreation(
            NameRules.Display(draft.Name),
            accountName,
            startRoom,
            DescriptionToStore(draft.Description ?? ""),
            race.Key,
            FindClass(draft.Class)!.Key,
            FinalStats(race, draft.Points ?? ImmutableDictionary<string, int>.Empty));
    }

    private IEnumerable<DraftProblem> CheckPoints(ImmutableDictionary<string, int> points)
    {
        foreach (var (stat, value) in points)
        {
            if (!data.Stats.Any(s => s.Key == stat))
            {
                yield return new(CreationField.Stats, $"There is no stat '{stat}'.");
            }
            else if (value < 0)
            {
                yield return new(CreationField.Stats, $"Points on {StatName(stat)} cannot be negative.");
            }
            else if (value > data.MaxPointsPerStat)
            {
                yield return new(CreationField.Stats, $"At most {data.MaxPointsPerStat} points may go to one stat; {StatName(stat)} has {value}.");
            }
        }

        var spent = points.Values.Where(v => v > 0).Sum(v => (long)v);
        if (spent > data.PointBudget)
        {
            yield return new(CreationField.Stats, $"That spends {spent} points, but the budget is {data.PointBudget}.");
        }
    }

    private ImmutableDictionary<string, int> FinalStats(RaceOption? race, ImmutableDictionary<string, int> points) =>
        data.Stats.ToImmutableDictionary(
            s => s.Key,
            s => Math.Max(1, s.Base + (race?.Bonuses.GetValueOrDefault(s.Key) ?? 0) + Math.Clamp(points.GetValueOrDefault(s.Key), 0, data.MaxPointsPerStat)));

    private RaceOption? FindRace(string? key) => data.Races.FirstOrDefault(r => r.Key.Equals(key?.Trim(), StringComparison.OrdinalIgnoreCase));

    private ClassOption? FindClass(string? key) => data.Classes.FirstOrDefault(c => c.Key.Equals(key?.Trim(), StringComparison.OrdinalIgnoreCase));

    private string StatName(string key) => data.Stats.First(s => s.Key == key).Name;

    private static string Choices(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 1 ? list[0] : $"{string.Join(", ", list[..^1])} or {list[^1]}";
    }
}
