namespace Mud.Objects;

/// <summary>What is stored for an item or exit.</summary>
public sealed class ObjectState
{
    public ObjectKind Kind { get; set; } = ObjectKind.Item;
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Where it is: the one place that says so (holders keep copies, see <see cref="IObjectHolderGrain"/>).</summary>
    public ObjectRef? Location { get; set; }

    /// <summary>An exit's destination room key; null for items and for unlinked exits.</summary>
    public string? Destination { get; set; }

    public bool IsContainer { get; set; }

    /// <summary>The prototype it was spawned from, if any.</summary>
    public string? Prototype { get; set; }

    public ObjectCore Core { get; set; } = new();

    /// <summary>A container's contents, as summaries.</summary>
    public List<ObjectSummary> Contents { get; set; } = [];
}
