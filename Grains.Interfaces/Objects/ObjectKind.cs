namespace Mud.Objects;

/// <summary>What kind of object something in the world is. Every kind has an id, a name, aliases, a description, attributes, tags and locks.</summary>
[GenerateSerializer]
public enum ObjectKind
{
    Room,
    Exit,
    Item,
    Character,
}
