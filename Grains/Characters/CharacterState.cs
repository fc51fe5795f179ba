namespace Mud.Characters;

/// <summary>What is stored for a character.</summary>
public sealed class CharacterState
{
    public string Name { get; set; } = "";
    public string AccountName { get; set; } = "";
    public string Description { get; set; } = "";
    public string Location { get; set; } = "";
    public string Race { get; set; } = "";
    public string Class { get; set; } = "";

    /// <summary>Final stats by key (see the character creation data).</summary>
    public Dictionary<string, int> Stats { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Aliases, attributes, tags and locks, as every object has.</summary>
    public Objects.ObjectCore Core { get; set; } = new();

    /// <summary>What the character carries, as summaries of the objects (each object knows it is here).</summary>
    public List<Objects.ObjectSummary> Inventory { get; set; } = [];

    /// <summary>Health, mana, level and experience; null for characters stored before vitals existed, who start afresh.</summary>
    public Vitals? Vitals { get; set; }
}
