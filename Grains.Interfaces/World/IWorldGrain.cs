using Mud.Rooms;

namespace Mud.World;

/// <summary>World-wide facts: whether the starter world was seeded, and where new characters start. Single grain, key 0.</summary>
public interface IWorldGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Defines the world's rooms the first time it is called, and again only for a data file of a higher version;
    /// other calls change nothing, so builders' edits are kept.
    /// </summary>
    Task<bool> SeedAsync(WorldDefinition world);

    /// <summary>The room new characters start in.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<RoomId> GetStartRoomAsync();
}
