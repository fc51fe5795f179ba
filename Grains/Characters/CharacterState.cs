namespace Mud.Characters;

/// <summary>What is stored for a character.</summary>
public sealed class CharacterState
{
    public string Name { get; set; } = "";
    public string AccountName { get; set; } = "";
    public string Description { get; set; } = "";
    public string Location { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Health, mana, level and experience; null for characters stored before vitals existed, who start afresh.</summary>
    public Vitals? Vitals { get; set; }
}
