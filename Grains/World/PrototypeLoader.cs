using System.Collections.Immutable;
using System.Text.Json;
using Mud.Rooms;

namespace Mud.World;

/// <summary>
/// Reads <c>prototypes.json</c>: named item templates that <c>@spawn</c> and the world file build from. A prototype may
/// name a <c>parent</c> whose fields it inherits and overrides (attributes, locks, tags and behaviours are merged).
/// </summary>
public static class PrototypeLoader
{
    public const string FileName = "prototypes.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The prototypes of the file, or none when there is no file.</summary>
    public static ImmutableDictionary<string, ItemSeed> Load(string file) => File.Exists(file)
        ? Parse(File.ReadAllText(file), file)
        : ImmutableDictionary<string, ItemSeed>.Empty;

    public static ImmutableDictionary<string, ItemSeed> Parse(string json, string source)
    {
        PrototypeFile file;
        try
        {
            file = JsonSerializer.Deserialize<PrototypeFile>(json, Json) ?? throw new InvalidDataException($"{source}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not valid prototypes JSON: {e.Message}", e);
        }

        var written = new Dictionary<string, ItemData.ItemFile>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var prototype in file.Prototypes ?? [])
        {
            if (string.IsNullOrWhiteSpace(prototype.Key))
            {
                problems.Add("a prototype has no key");
            }
            else if (!written.TryAdd(prototype.Key, prototype))
            {
                problems.Add($"prototype '{prototype.Key}' is defined twice");
            }
        }

        var resolved = new Dictionary<string, ItemSeed>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in written.Keys)
        {
            Resolve(key, written, resolved, [], problems);
        }

        return problems.Count == 0
            ? resolved.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase)
            : throw new InvalidDataException($"{source}: {string.Join("; ", problems.Distinct())}");
    }

    // Parents first, so a child starts from its parent's finished fields; a parent chain that loops is an error.
    private static void Resolve(string key, Dictionary<string, ItemData.ItemFile> written, Dictionary<string, ItemSeed> resolved, HashSet<string> visiting, List<string> problems)
    {
        if (resolved.ContainsKey(key) || !written.TryGetValue(key, out var file))
        {
            return;
        }

        if (!visiting.Add(key))
        {
            problems.Add($"prototype '{key}' is its own ancestor");
            return;
        }

        if (file.Parent is { } parent)
        {
            Resolve(parent, written, resolved, visiting, problems);
        }

        var seed = ItemData.ToSeed(file with { Prototype = null }, key, resolved, problems, $"prototype '{key}'");
        resolved[key] = seed with { Prototype = key };
    }

    private sealed record PrototypeFile(List<ItemData.ItemFile>? Prototypes);
}
