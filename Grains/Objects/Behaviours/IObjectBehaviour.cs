namespace Mud.Objects.Behaviours;

/// <summary>
/// Something an object does by itself on a timer (an NPC that speaks or wanders). Behaviours are C# classes
/// registered by name in <see cref="BehaviourCatalog"/>; builders attach them with <c>@script</c>, and their
/// settings are the object's attributes, so one class serves many objects.
/// </summary>
public interface IObjectBehaviour
{
    /// <summary>The name builders attach it by.</summary>
    string Name { get; }

    /// <summary>One line for <c>@script</c>'s list, naming the attributes it reads.</summary>
    string Summary { get; }

    /// <summary>How often it acts, from the object's attributes.</summary>
    TimeSpan PeriodOf(ObjectSnapshot self);

    /// <summary>
    /// Whether it acts only while someone is in the object's room to see it (a speaker), or whenever it is due (a door
    /// that closes behind the last one through it).
    /// </summary>
    bool NeedsAudience => true;

    /// <summary>Whether, in the object's present state, it has nothing to do and needs no timer (a closer whose door is shut).</summary>
    bool IsIdle(ObjectSnapshot self) => false;

    /// <summary>One turn of the behaviour, on the object's own grain, while the object stands in a room.</summary>
    Task ActAsync(BehaviourContext context);
}
