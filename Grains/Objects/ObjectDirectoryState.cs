namespace Mud.Objects;

/// <summary>What is stored for the object directory: the last id handed out and every entry, by kind and key.</summary>
public sealed class ObjectDirectoryState
{
    public long LastId { get; set; }

    public Dictionary<string, DirectoryEntry> Entries { get; set; } = new(StringComparer.Ordinal);
}
