using Mud.Characters;
using Mud.Rooms;

namespace Mud.World;

[GrainType("world")]
public sealed class WorldGrain(
    [PersistentState("world", "store")] IPersistentState<WorldState> world,
    WorldExportFolder exports,
    TimeProvider clock) : Grain, IWorldGrain
{
    private WorldArchive Archive => new(GrainFactory);

    public async Task<bool> SeedAsync(WorldDefinition definition)
    {
        // Seeded once; a data file with a higher version (new things in the starter world) seeds it again.
        if (world.State.SeededVersion >= definition.Version)
        {
            return false;
        }

        await new WorldSeeder(GrainFactory, world.State.SeededObjects, () => world.WriteStateAsync()).SeedAsync(definition);
        world.State.SeededVersion = definition.Version;
        world.State.StartRoom = definition.StartRoom.Value;
        await world.WriteStateAsync();
        return true;
    }

    public Task<RoomId> GetStartRoomAsync() => Task.FromResult(new RoomId(world.State.StartRoom));

    public async Task<string> ExportAsync()
    {
        var name = $"world-{clock.GetUtcNow():yyyyMMdd-HHmmss}.json";
        Directory.CreateDirectory(exports.Path);
        await File.WriteAllTextAsync(Path.Combine(exports.Path, name), await ExportJsonAsync());
        return name;
    }

    public async Task<string?> ImportAsync(string fileName)
    {
        if (exports.FileOf(fileName) is not { } file)
        {
            return "Give the bare name of a .json file in the exports folder, as @world export printed it.";
        }

        return File.Exists(file) ? await ImportJsonAsync(await File.ReadAllTextAsync(file)) : $"There is no export called {fileName}.";
    }

    public async Task<string> ExportJsonAsync() => (await Archive.ExportAsync(world.State.StartRoom)).ToJson();

    public async Task<string?> ImportJsonAsync(string json)
    {
        var (export, problem) = WorldExport.Parse(json);
        if (export is null)
        {
            return problem;
        }

        var characters = export.Objects.Select(o => o.Location).Where(l => l?.Kind == Objects.ObjectKind.Character).Select(l => l!.Key).Distinct().ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in characters)
        {
            if (await GrainFactory.GetGrain<ICharacterGrain>(key).GetInfoAsync() is not null)
            {
                existing.Add(key);
            }
        }

        var problems = export.Problems(existing.Contains).Take(10).ToList();
        if (problems.Count > 0)
        {
            return $"Not imported: {string.Join("; ", problems)}.";
        }

        await Archive.ImportAsync(export);
        world.State.StartRoom = export.StartRoom;
        await world.WriteStateAsync();
        return null;
    }

    public Task WipeAsync() => Archive.WipeAsync();
}
