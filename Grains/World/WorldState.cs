namespace Mud.World;

/// <summary>What is stored about the world as a whole.</summary>
public sealed class WorldState
{
    /// <summary>The data file version that seeded the world; 0 until seeded.</summary>
    public int SeededVersion { get; set; }

    public string StartRoom { get; set; } = "";

    /// <summary>The object id each exit and item of the data file was given (see <see cref="WorldSeeder.SeedKey"/>), so seeding again finds them.</summary>
    public Dictionary<string, string> SeededObjects { get; set; } = new(StringComparer.Ordinal);
}
