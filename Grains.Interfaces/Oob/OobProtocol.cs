namespace Mud.Oob;

/// <summary>The encoding an out-of-band message travels in; each asks for and is sent different messages.</summary>
public enum OobProtocol
{
    /// <summary>MSDP, telnet option 69: variables and the REPORT/SEND/LIST commands.</summary>
    Msdp = 1,

    /// <summary>GMCP, telnet option 201: IRE packages (Core, Char, Room, Comm.Channel).</summary>
    Gmcp = 2,

    /// <summary>JSON <c>["name", [args], {kwargs}]</c> over the Portal's WebSocket: the GMCP vocabulary, plus typed text.</summary>
    Json = 3,
}

/// <summary>Which out-of-band protocols a connection speaks now.</summary>
[Flags]
public enum OobProtocols
{
    None = 0,
    Msdp = 1,
    Gmcp = 2,
    Json = 4,
}

public static class OobProtocolsExtensions
{
    public static OobProtocols AsFlag(this OobProtocol protocol) => protocol switch
    {
        OobProtocol.Msdp => OobProtocols.Msdp,
        OobProtocol.Gmcp => OobProtocols.Gmcp,
        OobProtocol.Json => OobProtocols.Json,
        _ => OobProtocols.None,
    };

    public static bool Speaks(this OobProtocols protocols, OobProtocol protocol) => (protocols & protocol.AsFlag()) != 0;
}
