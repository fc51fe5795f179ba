using Mud.Rooms;

namespace Mud.World;

[GrainType("world")]
public sealed class WorldGrain([PersistentState("world", "store")] IPersistentState<WorldState> world) : Grain, IWorldGrain
{
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
}
