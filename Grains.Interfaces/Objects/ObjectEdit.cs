using System.Collections.Immutable;

namespace Mud.Objects;

/// <summary>One change a builder makes to an object. Every kind of object takes every edit, except where a kind says otherwise (a character keeps its name).</summary>
[GenerateSerializer, Immutable, Alias("ObjectEdit")]
public abstract record ObjectEdit;

[GenerateSerializer, Immutable, Alias("ObjectEdit.Rename")]
public sealed record Rename([property: Id(0)] string Name, [property: Id(1)] ImmutableArray<string>? Aliases = null) : ObjectEdit;

[GenerateSerializer, Immutable, Alias("ObjectEdit.Describe")]
public sealed record Describe([property: Id(0)] string Description) : ObjectEdit;

[GenerateSerializer, Immutable, Alias("ObjectEdit.SetAttribute")]
public sealed record SetAttribute([property: Id(0)] string Name, [property: Id(1)] AttributeValue Value) : ObjectEdit;

[GenerateSerializer, Immutable, Alias("ObjectEdit.RemoveAttribute")]
public sealed record RemoveAttribute([property: Id(0)] string Name) : ObjectEdit;

/// <summary>Removes every attribute (<c>@wipe</c>).</summary>
[GenerateSerializer, Immutable, Alias("ObjectEdit.WipeAttributes")]
public sealed record WipeAttributes : ObjectEdit;

[GenerateSerializer, Immutable, Alias("ObjectEdit.AddTag")]
public sealed record AddTag([property: Id(0)] string Tag) : ObjectEdit;

[GenerateSerializer, Immutable, Alias("ObjectEdit.RemoveTag")]
public sealed record RemoveTag([property: Id(0)] string Tag) : ObjectEdit;

/// <summary>Sets (or, with a null expression, removes) the lock of one access type.</summary>
[GenerateSerializer, Immutable, Alias("ObjectEdit.SetLock")]
public sealed record SetLock([property: Id(0)] string Access, [property: Id(1)] string? Expression) : ObjectEdit;

/// <summary>Attaches (or detaches) a named behaviour (<c>@script</c>).</summary>
[GenerateSerializer, Immutable, Alias("ObjectEdit.SetBehaviour")]
public sealed record SetBehaviour([property: Id(0)] string Behaviour, [property: Id(1)] bool Attached) : ObjectEdit;

/// <summary>Points an exit somewhere else (<c>@link</c>), or nowhere (<c>@unlink</c>, null).</summary>
[GenerateSerializer, Immutable, Alias("ObjectEdit.Relink")]
public sealed record Relink([property: Id(0)] string? Destination) : ObjectEdit;

/// <summary>Moves a room into another area (rooms only).</summary>
[GenerateSerializer, Immutable, Alias("ObjectEdit.SetArea")]
public sealed record SetArea([property: Id(0)] string Area) : ObjectEdit;

/// <summary>The outcome of an edit: the object after it, or why it was refused.</summary>
[GenerateSerializer, Immutable, Alias("EditResult")]
public sealed record EditResult([property: Id(0)] ObjectSnapshot? Object, [property: Id(1)] string? Problem)
{
    public static EditResult Done(ObjectSnapshot snapshot) => new(snapshot, null);

    public static EditResult Refused(string problem) => new(null, problem);
}
