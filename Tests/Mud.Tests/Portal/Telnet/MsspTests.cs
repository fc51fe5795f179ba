using System.Buffers;
using Mud.Portal.Mssp;
using Mud.Portal.Telnet;
using Mud.Portal.Telnet.Options;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class MsspTests
{
    private const byte Var = 1, Val = 2;

    [Fact]
    public void Subnegotiation_IsVarNameValValuePerVariable()
    {
        var output = new ArrayBufferWriter<byte>();

        MsspOption.WriteSubnegotiation(output, [new("NAME", "Mud"), new("PLAYERS", "3"), new("CRAWL DELAY", "-1")]);

        Assert.Equal(
            [Iac, Sb, Mssp, Var, .. "NAME"u8, Val, .. "Mud"u8, Var, .. "PLAYERS"u8, Val, .. "3"u8, Var, .. "CRAWL DELAY"u8, Val, .. "-1"u8, Iac, Se],
            output.WrittenSpan.ToArray());
    }

    [Fact]
    public void Subnegotiation_DropsMarkerBytesAndControlsFromNamesAndValues()
    {
        var output = new ArrayBufferWriter<byte>();

        MsspOption.WriteSubnegotiation(output, [new("GE\u0001NRE", "Fan\u0002ta\u0000sy\u00ff")]);

        Assert.Equal([Iac, Sb, Mssp, Var, .. "GENRE"u8, Val, .. "Fantasy\u00ff"u8, Iac, Se], output.WrittenSpan.ToArray());
    }

    [Fact]
    public void PlainText_IsStartLine_TabSeparatedVariables_EndLine()
    {
        var output = new ArrayBufferWriter<byte>();

        MsspOption.WritePlainText(output, [new("NAME", "Mud"), new("GENRE", "Fan\ttasy\r\n")], TelnetCharset.Utf8);

        Assert.Equal("\r\nMSSP-REPLY-START\r\nNAME\tMud\r\nGENRE\tFantasy\r\nMSSP-REPLY-END\r\n", System.Text.Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void Codec_AgreesToMsspWhenOffered()
    {
        var harness = new TelnetHarness(TelnetPolicy.Default with { OfferLocal = [Mssp] });
        harness.Codec.Start();
        Assert.Equal([Iac, Will, Mssp], harness.TakeOutput()[..3]);

        harness.Receive(Iac, Do, Mssp);

        Assert.True(harness.Codec.IsOptionEnabled(Mssp, local: true));
        Assert.Contains((Mssp, true), harness.Events.Enabled);
    }

    [Fact]
    public void Options_WithControlCharactersOrAnEmptyName_AreRefusedAtStart()
    {
        var validator = new MsspOptionsValidator();

        Assert.True(validator.Validate(null, new MsspOptions { Variables = { ["GENRE"] = "Fantasy", ["CRAWL DELAY"] = "24" } }).Succeeded);
        var bad = validator.Validate(null, new MsspOptions { Variables = { ["GENRE"] = "Fan\ttasy", [" "] = "x" } });
        Assert.True(bad.Failed);
        Assert.Contains("Mud:Mssp:Variables:GENRE", bad.FailureMessage, StringComparison.Ordinal);
    }
}
