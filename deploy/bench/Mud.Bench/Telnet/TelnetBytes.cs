namespace Mud.Bench.Telnet;

/// <summary>Telnet command and option bytes the tool speaks.</summary>
public static class TelnetBytes
{
    public const byte Iac = 255;
    public const byte Will = 251;
    public const byte Wont = 252;
    public const byte Do = 253;
    public const byte Dont = 254;
    public const byte Sb = 250;
    public const byte Se = 240;
    public const byte Msdp = 69;
    public const byte Gmcp = 201;

    /// <summary>MCCP2: after the server's <c>IAC SB MCCP2 IAC SE</c>, everything it sends is one zlib stream.</summary>
    public const byte Mccp2 = 86;
}
