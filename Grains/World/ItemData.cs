using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Mud.Objects;
using Mud.Objects.Behaviours;
using Mud.Rooms;

namespace Mud.World;

/// <summary>
/// Items as data files write them, in the world file's rooms and in <c>prototypes.json</c>: the same fields either
/// way, a <c>prototype</c> (or, in the prototypes file, a <c>parent</c>) to inherit from, and the checks that stop the
/// silo with a clear message when a field is wrong.
/// </summary>
public static class ItemData
{
    /// <summary>An item's fields as written; every one optional so that a prototype's child may leave any out.</summary>
    public sealed record ItemFile(
        string? Key,
        string? Prototype,
        string? Parent,
        string? Name,
        List<string>? Aliases,
        string? Description,
        bool? Container,
        Dictionary<string, JsonElement>? Attributes,
        List<string>? Tags,
        Dictionary<string, string>? Locks,
        List<string>? Behaviours,
        List<ItemFile>? Contents);

    /// <summary>Builds an item from its fields over its prototype's (if any); the problems found are added to <paramref name="problems"/>.</summary>
    public static ItemSeed ToSeed(ItemFile file, string key, IReadOnlyDictionary<string, ItemSeed> prototypes, List<string> problems, string where)
    {
        var baseSeed = Empty(key);
        var parent = file.Prototype ?? file.Parent;
        if (parent is not null)
        {
            if (prototypes.TryGetValue(parent, out var found))
            {
                baseSeed = found with { Key = key, Prototype = file.Prototype is null ? found.Prototype : parent, Contents = [] };
            }
            else
            {
                problems.Add($"{where}: unknown prototype '{parent}'");
            }
        }

        var seed = baseSeed with
        {
            Name = file.Name ?? baseSeed.Name,
            Aliases = file.Aliases is { } aliases ? [.. aliases] : baseSeed.Aliases,
            Description = file.Description ?? baseSeed.Description,
            IsContainer = file.Container ?? baseSeed.IsContainer,
            Attributes = baseSeed.Attributes.SetItems(ToAttributes(file.Attributes)),
            Tags = [.. baseSeed.Tags.Union(file.Tags ?? [], StringComparer.OrdinalIgnoreCase)],
            Locks = (file.Locks ?? []).Aggregate(baseSeed.Locks, (locks, l) => locks.With(l.Key, l.Value)),
            Behaviours = [.. baseSeed.Behaviours.Union(file.Behaviours ?? [], StringComparer.OrdinalIgnoreCase)],
            Contents = [.. (file.Contents ?? []).Select((c, i) => ToSeed(c, c.Key ?? $"{key}/{i + 1}", prototypes, problems, $"{where} > {c.Key ?? c.Name ?? (i + 1).ToString(CultureInfo.InvariantCulture)}"))],
        };
        problems.AddRange(Problems(seed).Select(p => $"{where}: {p}"));
        return seed;
    }

    /// <summary>The problems with a finished item (after its prototype was applied).</summary>
    public static IEnumerable<string> Problems(ItemSeed seed)
    {
        if (ObjectNames.NameProblem(seed.Name) is { } name)
        {
            yield return name;
        }

        foreach (var attribute in seed.Attributes.Keys.Where(a => ObjectNames.AttributeProblem(a) is not null))
        {
            yield return $"'{attribute}' is not a valid attribute name";
        }

        foreach (var (access, expression) in seed.Locks.ByAccess)
        {
            if (!LockSet.AccessTypes.Contains(access))
            {
                yield return $"'{access}' is not an access type ({string.Join(", ", LockSet.AccessTypes)})";
            }
            else if (Objects.Locks.Locks.Problem(expression) is { } problem)
            {
                yield return $"{access} lock: {problem}";
            }
        }

        foreach (var behaviour in seed.Behaviours.Where(b => !BehaviourCatalog.Default.Exists(b)))
        {
            yield return $"unknown behaviour '{behaviour}'";
        }

        if (!seed.Contents.IsEmpty && !seed.IsContainer)
        {
            yield return "has contents but is not a container";
        }
    }

    /// <summary>Attributes as data files write them: JSON numbers, booleans and strings become typed values.</summary>
    public static ImmutableSortedDictionary<string, AttributeValue> ToAttributes(Dictionary<string, JsonElement>? attributes) =>
        Empty("").Attributes.SetItems((attributes ?? []).Select(a => KeyValuePair.Create(a.Key.ToLowerInvariant(), ToValue(a.Value))));

    public static LockSet ToLocks(Dictionary<string, string>? locks) => (locks ?? []).Aggregate(LockSet.None, (set, l) => set.With(l.Key, l.Value));

    private static ItemSeed Empty(string key) =>
        new(key, "", [], "", false, ImmutableSortedDictionary<string, AttributeValue>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase), [], LockSet.None, [], []);

    private static AttributeValue ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var integer) => AttributeValue.Of(integer),
        JsonValueKind.Number => new AttributeValue(AttributeType.Number, value.GetDouble().ToString("R", CultureInfo.InvariantCulture)),
        JsonValueKind.True or JsonValueKind.False => new AttributeValue(AttributeType.Boolean, value.ValueKind == JsonValueKind.True ? "true" : "false"),
        JsonValueKind.String => AttributeValue.Of(value.GetString() ?? ""),
        _ => AttributeValue.Of(value.GetRawText()),
    };
}
