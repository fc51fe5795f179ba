using Mud.Accounts;
using Mud.Characters;
using Mud.Objects;
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

    /// <summary>The grain key of the account that owns the character.</summary>
    string AccountKey { get; }

    /// <summary>The room the character stands in.</summary>
    IRoomGrain Room { get; }

    /// <summary>The room the character stands in, as an object.</summary>
    ObjectRef Location { get; }

    /// <summary>The character as an object, for moves into its inventory.</summary>
    ObjectRef Self { get; }

    /// <summary>The permission level of the account whose session typed the command.</summary>
    PermissionLevel Level { get; }

    /// <summary>Who the character is to locks: level, inventory, attributes and tags.</summary>
    Accessor Accessor { get; }

    /// <summary>What the character carries.</summary>
    IReadOnlyList<ObjectSummary> Inventory { get; }

    /// <summary>The item prototypes of the world data, for <c>@spawn</c>.</summary>
    World.WorldContent Content { get; }

    /// <summary>
    /// The grain of any object; the character itself is answered directly, since a grain calling its own reference would
    /// wait on its own turn.
    /// </summary>
    IGameObjectGrain ObjectOf(ObjectRef target);

    /// <summary>The holder grain of any object that holds things (a room, a character, a container), the character itself directly.</summary>
    IObjectHolderGrain HolderOf(ObjectRef holder);

    /// <summary>
    /// Asks "are you sure?" of the session that typed the command: a "yes" as the next line this character gets from
    /// it runs <paramref name="commandKey"/>'s confirmed step (see <see cref="IConfirmedCharacterCommand"/>); anything else cancels.
    /// </summary>
    void AskToConfirm(string question, string commandKey, string arguments);

    /// <summary>Shows text to everyone puppeting this character.</summary>
    void Send(string markup);

    /// <summary>Leaves through an exit (if its traverse lock allows), with the room announcements, and looks around on arrival.</summary>
    Task MoveAsync(ObjectSummary exit);

    /// <summary>Moves the character to a room at once, with the departure and arrival announced.</summary>
    Task<bool> TeleportAsync(RoomId destination, string departure, string arrival);

    /// <summary>Looks around the current room.</summary>
    Task LookAroundAsync();

    /// <summary>
    /// Takes an object from <paramref name="from"/> (the room, a container) into the inventory, if it is still there and
    /// its get lock allows: stored by the object, added here, then removed from <paramref name="from"/>.
    /// </summary>
    Task<MoveResult> TakeAsync(ObjectSummary item, ObjectRef from);

    /// <summary>Hands an object from the inventory to <paramref name="to"/> (the room, a container, another character): added there before it leaves here.</summary>
    Task<MoveResult> HandOverAsync(ObjectSummary item, ObjectRef to);

    /// <summary>Changes the character's description; returns the problem, or null when it was set.</summary>
    Task<string?> SetDescriptionAsync(string description);

    /// <summary>Health, mana, level and experience now.</summary>
    Vitals Vitals { get; }

    /// <summary>Changes the vitals: stored at once and reported to out-of-band watchers. Returns the vitals after.</summary>
    Task<Vitals> ChangeVitalsAsync(Func<Vitals, Vitals> change);

    /// <summary>Shows a line of talk to everyone puppeting this character, and as a channel message to those of their sessions that asked for one.</summary>
    void Talk(string channel, string markup);
}
