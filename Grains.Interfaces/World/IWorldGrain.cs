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

    /// <summary>
    /// Writes every room, exit and item (not characters) to a JSON file in the data folder's <c>exports</c> folder on the
    /// silo that holds this grain; returns the file's name.
    /// </summary>
    Task<string> ExportAsync();

    /// <summary>
    /// Replaces the world with an exported file (by name, from the <c>exports</c> folder): every room, exit and item not in
    /// it is destroyed, the rest made exactly as written. Returns the problem, or null when it was imported.
    /// </summary>
    Task<string?> ImportAsync(string fileName);

    /// <summary>The world as export writes it, as JSON text.</summary>
    Task<string> ExportJsonAsync();

    /// <summary>Replaces the world with export JSON (see <see cref="ImportAsync"/>); returns the problem, or null.</summary>
    Task<string?> ImportJsonAsync(string json);

    /// <summary>Destroys every room, exit and item (characters stay, in rooms that are no longer built until an import).</summary>
    Task WipeAsync();
}
