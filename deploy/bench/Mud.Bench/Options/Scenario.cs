namespace Mud.Bench.Options;

/// <summary>What the clients do once they are logged in.</summary>
public enum Scenario
{
    /// <summary>Log in, then stay connected without typing: for memory per session.</summary>
    Idle,

    /// <summary><c>think &lt;token&gt;</c>: the cheapest command with a reply, timed by its round trip.</summary>
    Think,

    /// <summary><c>say &lt;token&gt;</c> in one room, timed until the last listener has it.</summary>
    Say,

    /// <summary>Walk back and forth between two rooms, each move followed by a timed <c>think</c>.</summary>
    Walk,

    /// <summary><c>look</c>, timed until the room's last line (its exits): the description with everything and everyone in it.</summary>
    Look,

    /// <summary>
    /// A player's mix, each followed by a timed <c>think</c>: <c>look</c>, <c>get pebble</c>, <c>drop pebble</c>, <c>say</c>
    /// in turn, in a room of the <c>world --items</c> world, with the others doing the same.
    /// </summary>
    Mixed,

    /// <summary>Subscribed to vitals (MSDP REPORT or GMCP Char); <c>cast heal</c> timed until its mana change arrives out of band.</summary>
    Oob,

    /// <summary>Everyone on the Public channel; a few speakers talk on it, timed until each listener has the line.</summary>
    Channel,
}

/// <summary>Which kind of server the clients talk to; the login dialogue differs.</summary>
public enum Target
{
    Mud,
    TinyMux,
}
