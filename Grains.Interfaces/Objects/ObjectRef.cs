namespace Mud.Objects;

/// <summary>
/// Where an object is, or which object is meant: its kind and its grain key. Rooms are keyed by their id
/// (<c>village-square</c>), characters by their lower-case name, exits and items by their object id (<c>#12</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("ObjectRef")]
public sealed record ObjectRef([property: Id(0)] ObjectKind Kind, [property: Id(1)] string Key)
{
    public static ObjectRef Room(string key) => new(ObjectKind.Room, key);

    public static ObjectRef Character(string key) => new(ObjectKind.Character, key);

    /// <summary>An item or exit: both live in object grains.</summary>
    public static ObjectRef Thing(ObjectKind kind, string id) => new(kind, id);

    public bool IsHeldInObjectGrain => Kind is ObjectKind.Item or ObjectKind.Exit;

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Key}";
}
