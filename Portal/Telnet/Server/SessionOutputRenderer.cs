using System.Buffers;
using Mud.Portal.Oob;
using Mud.Portal.Rendering;
using Mud.Sessions;

namespace Mud.Portal.Telnet.Server;

/// <summary>Turns the game's output for one telnet connection into bytes, in the connection's colours and charset.</summary>
/// <remarks>
/// Text ends in CR LF. A prompt does not: the cursor stays after it, and <c>IAC EOR</c> (or <c>IAC GA</c>)
/// tells MUD clients the prompt is complete, since no line ending will. The session hides input before it
/// sends the password prompt, so <c>IAC WILL ECHO</c> goes out before the prompt's text.
/// </remarks>
internal sealed class SessionOutputRenderer(TelnetCodec codec, IBufferWriter<byte> output)
{
    // Holds an array only while one message is framed, like the output buffer: a client's largest GMCP message
    // (the items of a crowded room) does not stay with it.
    private readonly PooledBufferWriter _oobScratch = new();

    /// <summary>The colours the client can show; set once TTYPE/MTTS has told us.</summary>
    public ColorMode Colour { get; set; } = ColorMode.Ansi16;

    /// <summary>Renders one output; true if the connection should close after it.</summary>
    public bool Render(SessionOutput item)
    {
        switch (item)
        {
            case TextOutput text:
                WriteLine(text.Markup);
                return false;
            case PromptOutput prompt:
                MarkupRenderer.Render(prompt.Markup, Colour, output, codec.Charset);
                codec.WritePromptEnd();
                return false;
            case InputEchoOutput { Hidden: true }:
                codec.HideInput();
                return false;
            case InputEchoOutput:
                codec.ShowInput();
                return false;
            case OobOutput oob:
                TelnetOob.Write(oob, codec, output, _oobScratch);
                return false;
            case DisconnectOutput goodbye:
                WriteLine(goodbye.Markup);
                return true;
            default:
                return false;
        }
    }

    /// <summary>One line of game text (markup) and its CR LF.</summary>
    private void WriteLine(string markup)
    {
        MarkupRenderer.Render(markup, Colour, output, codec.Charset);
        TelnetWriter.WriteNewLine(output);
    }
}
