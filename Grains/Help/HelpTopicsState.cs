namespace Mud.Help;

/// <summary>What is stored for the builders' help topics.</summary>
public sealed class HelpTopicsState
{
    public Dictionary<string, HelpTopic> Topics { get; set; } = new(StringComparer.Ordinal);
}
