using Mud.Rooms;

namespace Mud.Oob;

/// <summary>
/// Who is in the room, as GMCP's <c>Room</c> module tells it (the JSON endpoint shares it): <c>Room.Players</c> lists
/// everyone here, the character too; <c>Room.AddPlayer</c> and <c>Room.RemovePlayer</c> follow them coming and going.
/// </summary>
public static class PlayerMessages
{
    public const string PlayersPackage = "Room.Players";
    public const string AddPackage = "Room.AddPlayer";
    public const string RemovePackage = "Room.RemovePlayer";

    /// <summary><c>[{"name": "Alice", "fullname": "Alice"}, ...]</c>: one list argument, so GMCP sends a JSON array even for one player.</summary>
    public static OobMessage Players(IEnumerable<string> names) => OobMessage.Of(PlayersPackage, OobValue.List(names.Select(Player)));

    /// <summary><c>{"name": "Alice", "fullname": "Alice"}</c>.</summary>
    public static OobMessage Added(string name) => OobMessage.WithKwargs(AddPackage, Fields(name));

    /// <summary>IRE's form: the name alone, as a JSON string (<c>Room.RemovePlayer "Alice"</c>).</summary>
    public static OobMessage Removed(string name) => OobMessage.Of(RemovePackage, OobValue.Of(name));

    private static OobTable Player(string name) => new([.. Fields(name)]);

    // We have no titles: the full name is the name.
    private static OobField[] Fields(string name) => [new("name", OobValue.Of(name)), new("fullname", OobValue.Of(name))];
}
