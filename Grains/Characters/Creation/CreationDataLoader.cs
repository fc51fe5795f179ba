using System.Collections.Immutable;
using System.Text.Json;

namespace Mud.Characters.Creation;

/// <summary>Reads and checks the character creation data, so a typo in it stops the silo with a clear message.</summary>
public static class CreationDataLoader
{
    public const string FileName = "character-creation.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static CreationData Load(string file) => File.Exists(file)
        ? Parse(File.ReadAllText(file), file)
        : throw new InvalidDataException($"{file}: not found (the character creation rules, read from the world file's folder).");

    public static CreationData Parse(string json, string source)
    {
        DataFile file;
        try
        {
            file = JsonSerializer.Deserialize<DataFile>(json, Json) ?? throw new InvalidDataException($"{source}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not valid character creation JSON: {e.Message}", e);
        }

        var data = new CreationData(
            file.Version,
            file.PointBudget,
            file.MaxPointsPerStat,
            file.MaxDescriptionLength,
            file.DefaultDescription ?? "",
            file.DefaultRace ?? "",
            file.DefaultClass ?? "",
            [.. (file.Stats ?? []).Select(s => new StatOption(s.Key ?? "", s.Name ?? "", s.Base, s.Summary ?? ""))],
            [.. (file.Races ?? []).Select(r => new RaceOption(r.Key ?? "", r.Name ?? "", r.Summary ?? "", (r.Bonuses ?? []).ToImmutableDictionary()))],
            [.. (file.Classes ?? []).Select(c => new ClassOption(c.Key ?? "", c.Name ?? "", c.Summary ?? "", c.PrimaryStat ?? ""))]);
        var problems = Validate(data).ToList();
        return problems.Count == 0 ? data : throw new InvalidDataException($"{source}: {string.Join("; ", problems)}");
    }

    public static IEnumerable<string> Validate(CreationData data)
    {
        if (data.Version < 1)
        {
            yield return "version must be 1 or more";
        }

        if (data.PointBudget is < 0 or > 1000)
        {
            yield return "pointBudget must be 0 to 1000";
        }

        if (data.MaxPointsPerStat < 1)
        {
            yield return "maxPointsPerStat must be 1 or more";
        }

        if (data.MaxDescriptionLength is < 1 or > 4000)
        {
            yield return "maxDescriptionLength must be 1 to 4000";
        }

        if (string.IsNullOrWhiteSpace(data.DefaultDescription) || data.DefaultDescription.Length > data.MaxDescriptionLength)
        {
            yield return "defaultDescription must be set and no longer than maxDescriptionLength";
        }

        foreach (var problem in CheckKeys("stat", data.Stats.Select(s => (s.Key, s.Name))))
        {
            yield return problem;
        }

        foreach (var stat in data.Stats.Where(s => s.Base is < 1 or > 100))
        {
            yield return $"stat '{stat.Key}' needs a base of 1 to 100";
        }

        var stats = data.Stats.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in CheckKeys("race", data.Races.Select(r => (r.Key, r.Name))))
        {
            yield return problem;
        }

        foreach (var race in data.Races)
        {
            foreach (var stat in race.Bonuses.Keys.Where(k => !stats.Contains(k)))
            {
                yield return $"race '{race.Key}' has a bonus for unknown stat '{stat}'";
            }
        }

        foreach (var problem in CheckKeys("class", data.Classes.Select(c => (c.Key, c.Name))))
        {
            yield return problem;
        }

        foreach (var @class in data.Classes.Where(c => !stats.Contains(c.PrimaryStat)))
        {
            yield return $"class '{@class.Key}' has unknown primary stat '{@class.PrimaryStat}'";
        }

        if (!data.Races.Any(r => r.Key == data.DefaultRace))
        {
            yield return $"the default race '{data.DefaultRace}' is not a race";
        }

        if (!data.Classes.Any(c => c.Key == data.DefaultClass))
        {
            yield return $"the default class '{data.DefaultClass}' is not a class";
        }
    }

    private static IEnumerable<string> CheckKeys(string kind, IEnumerable<(string Key, string Name)> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var any = false;
        foreach (var (key, name) in entries)
        {
            any = true;
            if (key.Length == 0 || !key.All(char.IsAsciiLetterLower))
            {
                yield return $"{kind} key '{key}' must be lower-case letters";
            }
            else if (!seen.Add(key))
            {
                yield return $"{kind} key '{key}' is used twice";
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                yield return $"{kind} '{key}' needs a name";
            }
        }

        if (!any)
        {
            yield return $"there must be at least one {kind}";
        }
    }

    private sealed record DataFile(
        int Version,
        int PointBudget,
        int MaxPointsPerStat,
        int MaxDescriptionLength,
        string? DefaultDescription,
        string? DefaultRace,
        string? DefaultClass,
        List<StatFile>? Stats,
        List<RaceFile>? Races,
        List<ClassFile>? Classes);

    private sealed record StatFile(string? Key, string? Name, int Base, string? Summary);

    private sealed record RaceFile(string? Key, string? Name, string? Summary, Dictionary<string, int>? Bonuses);

    private sealed record ClassFile(string? Key, string? Name, string? Summary, string? PrimaryStat);
}
