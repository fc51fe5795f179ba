using Mud.Characters;
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

    /// <summary>Health, mana, level and experience now.</summary>
    Vitals Vitals { get; }

    /// <summary>Changes the vitals: stored at once and reported to out-of-band watchers. Returns the vitals after.</summary>
    Task<Vitals> ChangeVitalsAsync(Func<Vitals, Vitals> change);

    /// <summary>Shows a line of talk to everyone puppeting this character, and as a channel message to those of their sessions that asked for one.</summary>
    void Talk(string channel, string markup);
}
