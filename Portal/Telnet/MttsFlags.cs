namespace Mud.Portal.Telnet;

/// <summary>The MTTS bit vector a client reports as its third TTYPE (<c>MTTS &lt;n&gt;</c>).</summary>
[Flags]
public enum MttsFlags
{
    None = 0,
    Ansi = 1,
    Vt100 = 2,
    Utf8 = 4,
    Colors256 = 8,
    MouseTracking = 16,
    OscColorPalette = 32,
    ScreenReader = 64,
    Proxy = 128,
    TrueColor = 256,
    Mnes = 512,
    Mslp = 1024,
    Ssl = 2048,
}
