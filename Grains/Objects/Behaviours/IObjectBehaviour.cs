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

    /// <summary>One turn of the behaviour, on the object's own grain; only called while the object stands in an occupied room.</summary>
    Task ActAsync(BehaviourContext context);
}
