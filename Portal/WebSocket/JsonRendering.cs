using Mud.Oob;
using Mud.Sessions;
using Mud.Text;

namespace Mud.Portal.WebSocket;

/// <summary>
/// Session output as the WebSocket endpoint's JSON messages. Text goes as <c>["text", [plain], {"markup": ...}]</c>:
/// the plain text for simple clients, and the game's colour markup for clients that colour it themselves
/// (grammar in docs/protocols.md). Out-of-band messages meant for JSON go as they are; those for telnet protocols are dropped.
/// </summary>
public static class JsonRendering
{
    public static OobMessage? ToMessage(SessionOutput output) => output switch
    {
        TextOutput text => Text(text.Markup),
        DisconnectOutput goodbye => Text(goodbye.Markup),
        // A web page has no "same line" to keep the cursor on: a prompt is shown as text.
        PromptOutput prompt => Text(prompt.Markup),
        InputEchoOutput echo => OobMessage.Of("mask_input", OobValue.Of(echo.Hidden)),
        OobOutput { Protocol: OobProtocol.Json } oob => oob.Message,
        _ => null,
    };

    public static OobMessage Error(string message) => OobMessage.WithKwargs("error", new OobField("message", OobValue.Of(message)));

    private static OobMessage Text(string markup) => new(
        "text",
        [OobValue.Of(Plain(markup))],
        [new OobField("markup", OobValue.Of(markup))]);

    /// <summary>The markup's text, with no control characters but new lines: a web page or terminal shows it as it is.</summary>
    private static string Plain(string markup)
    {
        var text = Markup.Strip(markup);
        return text.Any(c => char.IsControl(c) && c != '\n') ? new string([.. text.Where(c => !char.IsControl(c) || c == '\n')]) : text;
    }
}
