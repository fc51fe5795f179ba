using Mud.Rooms;

namespace Mud.World;

[GrainType("world")]
public sealed class WorldGrain([PersistentState("world", "store")] IPersistentState<WorldState> world) : Grain, IWorldGrain
{
    public async Task<bool> SeedAsync(WorldDefinition definition)
    {
        if (world.State.SeededVersion > 0)
        {
            return false;
        }

        await Task.WhenAll(definition.Rooms.Select(room => GrainFactory.GetGrain<IRoomGrain>(room.Id.Value).DefineAsync(room)));
        world.State.SeededVersion = definition.Version;
        world.State.StartRoom = definition.StartRoom.Value;
        await world.WriteStateAsync();
        return true;
    }

    public Task<RoomId> GetStartRoomAsync() => Task.FromResult(new RoomId(world.State.StartRoom));
}
