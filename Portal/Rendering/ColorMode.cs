namespace Mud.Portal.Rendering;

/// <summary>How much colour a client can show; picks the escape codes <see cref="MarkupRenderer"/> emits.</summary>
public enum ColorMode
{
    /// <summary>Plain text: markup is stripped, no escape codes at all (screen readers, dumb terminals).</summary>
    None,

    /// <summary>The 16 ANSI colours (SGR 30-37, 90-97 and backgrounds); xterm256 colours are downgraded.</summary>
    Ansi16,

    /// <summary>The xterm 256-colour palette (SGR 38;5;n and 48;5;n).</summary>
    Xterm256,
}
