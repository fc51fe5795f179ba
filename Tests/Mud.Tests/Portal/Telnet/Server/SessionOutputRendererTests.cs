using System.Buffers;
using Mud.Portal.Rendering;
using Mud.Portal.Telnet;
using Mud.Portal.Telnet.Server;
using Mud.Sessions;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet.Server;

[Trait("Category", "Unit")]
public sealed class SessionOutputRendererTests
{
    [Fact]
    public void PasswordPrompt_WithEorAgreed_TurnsEchoOffBeforeThePrompt_AndEndsItWithEorInsteadOfALineBreak()
    {
        var (harness, renderer) = Started();
        harness.Receive(Iac, Do, EndOfRecord);
        harness.TakeOutput();

        renderer.Render(new InputEchoOutput(Hidden: true));
        renderer.Render(new PromptOutput("Password: "));

        Assert.Equal([Iac, Will, Echo, .. "Password: "u8, Iac, TelnetCommand.Eor], harness.TakeOutput());
    }

    [Fact]
    public void Prompt_WithoutEor_EndsWithGoAhead()
    {
        var (harness, renderer) = Started();
        harness.Receive(Iac, Dont, EndOfRecord);
        harness.TakeOutput();

        renderer.Render(new PromptOutput("Password: "));

        Assert.Equal([.. "Password: "u8, Iac, Ga], harness.TakeOutput());
    }

    [Fact]
    public void Prompt_WithSuppressGoAheadAgreed_StillEndsWithGoAhead()
    {
        // Mudlet and tintin take GA as "the prompt ends here" whatever SGA says; only EOR replaces it.
        var (harness, renderer) = Started();
        harness.Receive(Iac, Do, SuppressGoAhead);
        harness.TakeOutput();

        renderer.Render(new PromptOutput("Name? "));

        Assert.Equal([.. "Name? "u8, Iac, Ga], harness.TakeOutput());
    }

    [Fact]
    public void PasswordLine_ShowsInputAgain_AndTextEndsInCrLf()
    {
        var (harness, renderer) = Started();
        harness.Receive(Iac, Do, EndOfRecord);
        renderer.Render(new InputEchoOutput(Hidden: true));
        harness.Receive(Iac, Do, Echo);
        harness.TakeOutput();

        renderer.Render(new InputEchoOutput(Hidden: false));
        renderer.Render(new TextOutput("Welcome."));

        Assert.Equal([Iac, Wont, Echo, .. "\r\nWelcome.\r\n"u8], harness.TakeOutput());
    }

    [Fact]
    public void Disconnect_WritesItsLine_AndAsksToClose()
    {
        var (harness, renderer) = Started();

        Assert.False(renderer.Render(new TextOutput("bye?")));
        Assert.True(renderer.Render(new DisconnectOutput("Goodbye.")));
        Assert.Equal("bye?\r\nGoodbye.\r\n"u8.ToArray(), harness.TakeOutput());
    }

    [Fact]
    public void Text_AfterCharsetRejected_IsLatin1()
    {
        var (harness, renderer) = Started();
        harness.Receive(Iac, Will, Charset);
        harness.Receive(Iac, Sb, Charset, 3, Iac, Se);
        harness.TakeOutput();

        renderer.Render(new TextOutput("caf\u00e9 \u2192"));

        Assert.Equal([.. "caf"u8, 0xE9, .. " ?\r\n"u8], harness.TakeOutput());
    }

    private static (TelnetHarness Harness, SessionOutputRenderer Renderer) Started()
    {
        var harness = new TelnetHarness();
        harness.Codec.Start();
        harness.TakeOutput();
        return (harness, new SessionOutputRenderer(harness.Codec, harness.Output) { Colour = ColorMode.None });
    }
}
