namespace Mud.Portal.Telnet;

/// <summary>Telnet option numbers a MUD meets (numbers as in tintin's and Mudlet's option tables).</summary>
public static class TelnetOption
{
    public const byte Echo = 1;
    public const byte SuppressGoAhead = 3;
    public const byte TerminalType = 24;
    public const byte EndOfRecord = 25;
    public const byte WindowSize = 31;
    public const byte Charset = 42;
    public const byte Msdp = 69;
    public const byte Mssp = 70;
    public const byte Mccp2 = 86;
    public const byte Mccp3 = 87;
    public const byte Gmcp = 201;
}
