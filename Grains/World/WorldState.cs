namespace Mud.World;

/// <summary>What is stored about the world as a whole.</summary>
public sealed class WorldState
{
    /// <summary>The data file version that seeded the world; 0 until seeded.</summary>
    public int SeededVersion { get; set; }

    public string StartRoom { get; set; } = "";
}
