using Mud.Rooms;

namespace Mud.Commands;

/// <summary>What character commands act on: the puppeted character, inside its own grain.</summary>
public interface ICharacterContext
{
    IGrainFactory Grains { get; }

    /// <summary>The character's name as shown to others.</summary>
    string Name { get; }

    /// <summary>The character's grain key.</summary>
    string Key { get; }

    /// <summary>The room the character stands in.</summary>
    IRoomGrain Room { get; }

    /// <summary>Shows text to everyone puppeting this character.</summary>
    void Send(string markup);

    /// <summary>Leaves through an exit, with the room announcements, and looks around on arrival.</summary>
    Task MoveAsync(ExitDefinition exit);

    /// <summary>Looks around the current room.</summary>
    Task LookAroundAsync();

    /// <summary>Changes the character's description; returns the problem, or null when it was set.</summary>
    Task<string?> SetDescriptionAsync(string description);
}
