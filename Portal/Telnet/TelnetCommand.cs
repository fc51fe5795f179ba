namespace Mud.Portal.Telnet;

/// <summary>Telnet command bytes (RFC 854, RFC 885 for EOR); each follows an <see cref="Iac"/>.</summary>
public static class TelnetCommand
{
    public const byte Iac = 255;
    public const byte Dont = 254;
    public const byte Do = 253;
    public const byte Wont = 252;
    public const byte Will = 251;
    public const byte Sb = 250;
    public const byte Ga = 249;
    public const byte EraseLine = 248;
    public const byte EraseCharacter = 247;
    public const byte AreYouThere = 246;
    public const byte AbortOutput = 245;
    public const byte InterruptProcess = 244;
    public const byte Break = 243;
    public const byte DataMark = 242;
    public const byte Nop = 241;
    public const byte Se = 240;
    public const byte Eor = 239;
}
