using System.Collections.Immutable;
using System.Text.Json;
using Mud.Characters.Creation;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.World;

/// <summary>Reads and checks the world data file, so a typo in it stops the silo with a clear message rather than stranding players.</summary>
public static class WorldLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>
    /// Reads the world file and, from its folder, the connection screen, <see cref="CreationDataLoader.FileName"/> and
    /// <see cref="PrototypeLoader.FileName"/>.
    /// </summary>
    public static WorldContent Load(string worldFile)
    {
        var folder = Path.GetDirectoryName(worldFile) ?? ".";
        var prototypes = PrototypeLoader.Load(Path.Combine(folder, PrototypeLoader.FileName));
        var world = Parse(File.Exists(worldFile) ? File.ReadAllText(worldFile) : throw new InvalidDataException($"{worldFile}: not found (the world file, Mud:WorldFile)."), worldFile, prototypes);
        var screenFile = Path.Combine(folder, "connection-screen.txt");
        var screen = File.Exists(screenFile) ? File.ReadAllText(screenFile).TrimEnd() : "Welcome to {name}. Type |wcreate <name> <password>|n or |wconnect <name> <password>|n.";
        return new WorldContent(world, screen, CreationDataLoader.Load(Path.Combine(folder, CreationDataLoader.FileName)), prototypes);
    }

    public static WorldDefinition Parse(string json, string source, IReadOnlyDictionary<string, ItemSeed>? prototypes = null)
    {
        WorldFile file;
        try
        {
            file = JsonSerializer.Deserialize<WorldFile>(json, Json) ?? throw new InvalidDataException($"{source}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not valid world JSON: {e.Message}", e);
        }

        var itemProblems = new List<string>();
        var world = new WorldDefinition(
            file.Version,
            new RoomId(file.StartRoom ?? ""),
            [.. (file.Rooms ?? []).Select(room => ToDefinition(room, prototypes ?? ImmutableDictionary<string, ItemSeed>.Empty, itemProblems))]);
        var problems = itemProblems.Concat(Validate(world)).ToList();
        return problems.Count == 0 ? world : throw new InvalidDataException($"{source}: {string.Join("; ", problems)}");
    }

    public static IEnumerable<string> Validate(WorldDefinition world)
    {
        if (world.Version < 1)
        {
            yield return "version must be 1 or more";
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var room in world.Rooms)
        {
            if (string.IsNullOrWhiteSpace(room.Id.Value))
            {
                yield return "a room has no id";
            }
            else if (!ids.Add(room.Id.Value))
            {
                yield return $"room id '{room.Id}' is used twice";
            }

            if (string.IsNullOrWhiteSpace(room.Name) || string.IsNullOrWhiteSpace(room.Description))
            {
                yield return $"room '{room.Id}' needs a name and a description";
            }
        }

        if (!ids.Contains(world.StartRoom.Value))
        {
            yield return $"the start room '{world.StartRoom}' is not a room";
        }

        foreach (var room in world.Rooms)
        {
            foreach (var exit in room.Exits.Where(e => !ids.Contains(e.To.Value)))
            {
                yield return $"exit '{exit.Name}' of room '{room.Id}' leads to unknown room '{exit.To}'";
            }

            foreach (var name in room.Exits.SelectMany(e => e.Aliases.Prepend(e.Name)).GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                yield return $"room '{room.Id}' has two exits called '{name.Key}'";
            }

            foreach (var thing in room.Things.Where(t => t.Sparring is { } s && (s.MinDamage < 1 || s.MaxDamage < s.MinDamage || s.Experience < 0)))
            {
                yield return $"thing '{thing.Name}' in room '{room.Id}' must have 1 <= minDamage <= maxDamage and experience >= 0";
            }
        }

        var itemKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in world.Rooms.SelectMany(r => AllItems(r.Items)).Where(i => !itemKeys.Add(i.Key)))
        {
            yield return $"item key '{item.Key}' is used twice";
        }

        foreach (var room in world.Rooms)
        {
            foreach (var exit in room.Exits.Where(e => ObjectNames.NameProblem(e.Name) is not null))
            {
                yield return $"exit '{exit.Name}' of room '{room.Id}': {ObjectNames.NameProblem(exit.Name)}";
            }

            foreach (var (access, expression) in room.Exits.SelectMany(e => e.Locks?.ByAccess ?? ImmutableSortedDictionary<string, string>.Empty))
            {
                if (Objects.Locks.Locks.Problem(expression) is { } problem)
                {
                    yield return $"an exit of room '{room.Id}' has a bad {access} lock: {problem}";
                }
            }

            foreach (var exit in room.Exits)
            {
                foreach (var behaviour in exit.Behaviours.Where(b => !Objects.Behaviours.BehaviourCatalog.Default.Exists(b)))
                {
                    yield return $"exit '{exit.Name}' of room '{room.Id}': unknown behaviour '{behaviour}'";
                }

                foreach (var attribute in (exit.Attributes?.Keys ?? []).Where(a => ObjectNames.AttributeProblem(a) is not null))
                {
                    yield return $"exit '{exit.Name}' of room '{room.Id}': '{attribute}' is not a valid attribute name";
                }
            }
        }

        // Mappers know rooms by number; two ids with one number would merge two places on a player's map.
        foreach (var clash in world.Rooms.GroupBy(r => RoomNumber.Of(r.Id)).Where(g => g.Count() > 1))
        {
            yield return $"rooms {string.Join(" and ", clash.Select(r => $"'{r.Id}'"))} have the same room number {clash.Key}; rename one";
        }
    }

    private static IEnumerable<ItemSeed> AllItems(ImmutableArray<ItemSeed> items) =>
        items.IsDefault ? [] : items.SelectMany(i => AllItems(i.Contents).Prepend(i));

    private static RoomDefinition ToDefinition(RoomFile room, IReadOnlyDictionary<string, ItemSeed> prototypes, List<string> problems) => new(
        new RoomId(room.Id ?? ""),
        room.Name ?? "",
        room.Area ?? "",
        room.Description ?? "",
        [.. (room.Exits ?? []).Select(e => new ExitDefinition(
            e.Name ?? "",
            [.. e.Aliases ?? []],
            new RoomId(e.To ?? ""),
            e.Description ?? "",
            ItemData.ToLocks(e.Locks),
            [.. e.Tags ?? []],
            ItemData.ToAttributes(e.Attributes),
            [.. e.Behaviours ?? []]))],
        [.. (room.Things ?? []).Select(t => new ThingDefinition(
            t.Name ?? "",
            [.. t.Aliases ?? []],
            t.Description ?? "",
            t.Sparring is { } s ? new SparringDefinition(s.MinDamage, s.MaxDamage, s.Experience) : null))],
        [.. (room.Items ?? []).Select((item, i) => ItemData.ToSeed(item, item.Key ?? $"{room.Id}/{i + 1}", prototypes, problems, $"item '{item.Key ?? item.Name}' in room '{room.Id}'"))]);

    private sealed record WorldFile(int Version, string? StartRoom, List<RoomFile>? Rooms);

    private sealed record RoomFile(string? Id, string? Name, string? Area, string? Description, List<ExitFile>? Exits, List<ThingFile>? Things, List<ItemData.ItemFile>? Items);

    private sealed record ExitFile(
        string? Name,
        List<string>? Aliases,
        string? To,
        string? Description,
        Dictionary<string, string>? Locks,
        List<string>? Tags,
        Dictionary<string, JsonElement>? Attributes,
        List<string>? Behaviours);

    private sealed record ThingFile(string? Name, List<string>? Aliases, string? Description, SparringFile? Sparring);

    private sealed record SparringFile(int MinDamage, int MaxDamage, int Experience);
}
