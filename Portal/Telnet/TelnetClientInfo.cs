using Mud.Portal.Rendering;

namespace Mud.Portal.Telnet;

/// <summary>What the client said about itself through TTYPE and MTTS.</summary>
/// <param name="Name">The first TTYPE reply: by MTTS convention the client's name (<c>MUDLET</c>,
/// <c>TINTIN++</c>); a plain telnet sends its terminal type here. Empty when TTYPE was refused.</param>
/// <param name="TerminalType">The second distinct reply (<c>XTERM</c>, <c>ANSI-TRUECOLOR</c>), or the
/// first when the client had only one.</param>
/// <param name="Mtts">The MTTS flags, or null when the client does not speak MTTS.</param>
public sealed record TelnetClientInfo(string Name, string TerminalType, MttsFlags? Mtts)
{
    /// <summary>A client that told us nothing.</summary>
    public static TelnetClientInfo Unknown { get; } = new(string.Empty, string.Empty, null);

    /// <summary>The richest colour the client claims; MUD clients without MTTS are assumed to do 16 colours.</summary>
    public ColorMode ColorMode => Mtts switch
    {
        { } flags when (flags & (MttsFlags.Colors256 | MttsFlags.TrueColor)) != 0 => ColorMode.Xterm256,
        { } flags when (flags & MttsFlags.Ansi) != 0 => ColorMode.Ansi16,
        { } => ColorMode.None,
        null when Mentions("256COLOR") || Mentions("TRUECOLOR") => ColorMode.Xterm256,
        null when TerminalType.Equals("DUMB", StringComparison.OrdinalIgnoreCase) => ColorMode.None,
        null => ColorMode.Ansi16,
    };

    /// <summary>Whether MTTS says the client decodes UTF-8; CHARSET negotiation, if any, takes precedence.</summary>
    public bool SupportsUtf8 => Mtts is { } flags && (flags & MttsFlags.Utf8) != 0;

    /// <summary>The player uses a screen reader: keep layouts linear and skip decorative art.</summary>
    public bool UsesScreenReader => Mtts is { } flags && (flags & MttsFlags.ScreenReader) != 0;

    private bool Mentions(string value) =>
        Name.Contains(value, StringComparison.OrdinalIgnoreCase)
        || TerminalType.Contains(value, StringComparison.OrdinalIgnoreCase);
}
