namespace Mud.Oob;

/// <summary>What a session asked to be told out of band, stored so it outlives a silo restart.</summary>
public sealed class OobSubscriptionState
{
    /// <summary>The front end's observer, as a grain id string, so scheduled sends reach the session after a restart.</summary>
    public string PortalObserver { get; set; } = "";

    public OobProtocols Protocols { get; set; }

    public string? Account { get; set; }

    /// <summary>The puppeted character's key, if any.</summary>
    public string? Character { get; set; }

    /// <summary>MSDP variables the client REPORTed, in the order it asked.</summary>
    public List<string> MsdpReported { get; set; } = [];

    /// <summary>GMCP modules from Core.Supports, lower case, with their versions. Shared by GMCP and JSON: a session speaks one of them.</summary>
    public Dictionary<string, int> Supports { get; set; } = [];

    /// <summary>Whether Supports was ever set, so a JSON session's defaults are given only once.</summary>
    public bool SupportsChosen { get; set; }

    public List<OobRepeat> Repeats { get; set; } = [];

    /// <summary>What the client said about itself: MSDP CLIENT_NAME and friends, GMCP Core.Hello's client and version.</summary>
    public Dictionary<string, string> Client { get; set; } = [];
}

/// <summary>A scheduled send: a value (MSDP variable or GMCP package) sent every <see cref="Seconds"/>, whether it changed or not.</summary>
public sealed record OobRepeat(OobProtocol Protocol, string Name, double Seconds);
