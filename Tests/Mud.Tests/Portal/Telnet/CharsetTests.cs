using Mud.Portal.Telnet;
using static Mud.Portal.Telnet.TelnetCommand;
using static Mud.Portal.Telnet.TelnetOption;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class CharsetTests
{
    private const byte Request = 1, Accepted = 2, Rejected = 3, TranslationTableIs = 4, TranslationTableRejected = 5;
    private static readonly byte[] s_ourRequest = [Iac, Sb, Charset, Request, .. ";UTF-8;ISO-8859-1"u8, Iac, Se];

    [Fact]
    public void Start_AsksTheClientToDoCharset()
    {
        var harness = new TelnetHarness();

        harness.Codec.Start();

        Assert.EndsWith(Convert.ToHexString([Iac, Do, Charset]), Convert.ToHexString(harness.TakeOutput()), StringComparison.Ordinal);
    }

    [Fact]
    public void WillCharset_IsAnsweredWithARequestForUtf8OrLatin1_OnlyOnce()
    {
        var harness = Started();

        harness.Receive(Iac, Will, Charset, Iac, Will, Charset);

        Assert.Equal(s_ourRequest, harness.TakeOutput());
    }

    [Fact]
    public void DoCharset_MudletStyle_IsAgreedAndAnsweredWithTheRequest()
    {
        var harness = Started();

        harness.Receive(Iac, Do, Charset);

        Assert.Equal([Iac, Will, Charset, .. s_ourRequest], harness.TakeOutput());
    }

    [Fact]
    public void AcceptedUtf8_KeepsUtf8BothWays_SplitAnywhere()
    {
        byte[] stream = [Iac, Will, Charset, Iac, Sb, Charset, Accepted, .. "UTF-8"u8, Iac, Se, .. "caf\u00e9\r\n"u8];

        var harness = TelnetHarness.AssertSameAtEverySplit(stream, Started, h => h.Codec.Charset.ToString());

        Assert.Equal(TelnetCharset.Utf8, harness.Codec.Charset);
        Assert.Equal(["caf\u00e9"], harness.Events.Lines);
        Assert.Equal(s_ourRequest, harness.TakeOutput());
    }

    [Fact]
    public void AcceptedLatin1_SwitchesInputAndOutputToLatin1_SplitAnywhere()
    {
        byte[] stream = [Iac, Will, Charset, Iac, Sb, Charset, Accepted, .. "ISO-8859-1"u8, Iac, Se, .. "caf"u8, 0xE9, Iac, Iac, .. "\r\n"u8];

        var harness = TelnetHarness.AssertSameAtEverySplit(stream, Started, h => h.Codec.Charset.ToString());

        Assert.Equal(TelnetCharset.Latin1, harness.Codec.Charset);
        Assert.Equal(["caf\u00e9\u00ff"], harness.Events.Lines);
    }

    [Fact]
    public void Rejected_SwitchesToLatin1_SplitAnywhere()
    {
        byte[] stream = [Iac, Will, Charset, Iac, Sb, Charset, Rejected, Iac, Se, .. "na"u8, 0xEF, .. "ve\r\n"u8];

        var harness = TelnetHarness.AssertSameAtEverySplit(stream, Started, h => h.Codec.Charset.ToString());

        Assert.Equal(TelnetCharset.Latin1, harness.Codec.Charset);
        Assert.Equal(["na\u00efve"], harness.Events.Lines);
    }

    [Fact]
    public void RefusedOption_KeepsUtf8()
    {
        var harness = Started();

        harness.Receive(Iac, Wont, Charset);
        harness.ReceiveText("caf\u00e9\r\n");

        Assert.Equal(TelnetCharset.Utf8, harness.Codec.Charset);
        Assert.Equal(["caf\u00e9"], harness.Events.Lines);
        Assert.Empty(harness.TakeOutput());
    }

    [Fact]
    public void AnswersWithoutOurRequest_OrNamingSomethingElse_AreIgnored()
    {
        var harness = Started();
        harness.Receive([Iac, Sb, Charset, Rejected, Iac, Se]);
        Assert.Equal(TelnetCharset.Utf8, harness.Codec.Charset);

        harness.Receive(Iac, Will, Charset);
        harness.Receive([Iac, Sb, Charset, Accepted, .. "KOI8-R"u8, Iac, Se]);
        harness.Receive([Iac, Sb, Charset, Iac, Se]);

        Assert.Equal(TelnetCharset.Utf8, harness.Codec.Charset);
        harness.Receive([Iac, Sb, Charset, Accepted, .. "latin1"u8, Iac, Se]);
        Assert.Equal(TelnetCharset.Latin1, harness.Codec.Charset);
    }

    [Fact]
    public void ClientsOwnRequest_IsAnsweredWithUtf8WhenListed_ElseLatin1_ElseRejected()
    {
        Assert.Equal(
            [Iac, Sb, Charset, Accepted, .. "utf-8"u8, Iac, Se],
            AnswerToClientRequest([Request, .. " ISO-8859-1 utf-8"u8], out var first));
        Assert.Equal(TelnetCharset.Utf8, first);

        Assert.Equal(
            [Iac, Sb, Charset, Accepted, .. "ISO-8859-1"u8, Iac, Se],
            AnswerToClientRequest([Request, .. "[TTABLE]"u8, 1, .. ";KOI8-R;ISO-8859-1"u8], out var second));
        Assert.Equal(TelnetCharset.Latin1, second);

        Assert.Equal([Iac, Sb, Charset, Rejected, Iac, Se], AnswerToClientRequest([Request, .. ";KOI8-R"u8], out var third));
        Assert.Equal(TelnetCharset.Utf8, third);
    }

    [Fact]
    public void TranslationTable_IsRejected()
    {
        var harness = Started();
        harness.Receive(Iac, Will, Charset);
        harness.TakeOutput();

        harness.Receive([Iac, Sb, Charset, TranslationTableIs, 1, .. ";x;"u8, Iac, Se]);

        Assert.Equal([Iac, Sb, Charset, TranslationTableRejected, Iac, Se], harness.TakeOutput());
    }

    private static byte[] AnswerToClientRequest(byte[] request, out TelnetCharset settled)
    {
        // Our own request was answered (UTF-8) before the client asks: the client's request is then answered.
        var harness = Started();
        harness.Receive(Iac, Will, Charset);
        harness.Receive([Iac, Sb, Charset, Accepted, .. "UTF-8"u8, Iac, Se]);
        harness.TakeOutput();

        harness.Receive([Iac, Sb, Charset, .. request, Iac, Se]);

        settled = harness.Codec.Charset;
        return harness.TakeOutput();
    }

    private static TelnetHarness Started()
    {
        var harness = new TelnetHarness();
        harness.Codec.Start();
        harness.TakeOutput();
        return harness;
    }
}
