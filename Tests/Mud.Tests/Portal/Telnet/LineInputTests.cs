using Mud.Portal.Telnet;

namespace Mud.Tests.Portal.Telnet;

[Trait("Category", "Unit")]
public sealed class LineInputTests
{
    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r\0")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Receive_EachLineEnding_EndsTheLineOnce(string ending)
    {
        var harness = new TelnetHarness().ReceiveText("look" + ending + "north" + ending);

        Assert.Equal(["look", "north"], harness.Events.Lines);
    }

    [Fact]
    public void Receive_CrLfSplitAcrossReads_CountsOnce()
    {
        var harness = new TelnetHarness().ReceiveText("look\r").ReceiveText("\nnorth\r").ReceiveText("\n");

        Assert.Equal(["look", "north"], harness.Events.Lines);
    }

    [Fact]
    public void Receive_CrNulSplitAcrossReads_CountsOnce()
    {
        var harness = new TelnetHarness().ReceiveText("look\r").Receive(0).ReceiveText("north\r\n");

        Assert.Equal(["look", "north"], harness.Events.Lines);
    }

    [Fact]
    public void Receive_EmptyLines_AreDelivered()
    {
        var harness = new TelnetHarness().ReceiveText("\r\n\n\r\r\n");

        Assert.Equal(["", "", "", ""], harness.Events.Lines);
    }

    [Fact]
    public void Receive_TextWithoutLineEnd_IsHeldUntilTheLineEnds()
    {
        var harness = new TelnetHarness().ReceiveText("lo");

        Assert.Empty(harness.Events.Lines);
        harness.ReceiveText("ok\r\n");
        Assert.Equal(["look"], harness.Events.Lines);
    }

    [Fact]
    public void Receive_OverlongLine_IsCutReportedOnceAndTheRestDropped()
    {
        var harness = new TelnetHarness(limits: new TelnetLimits { MaxLineBytes = 16 });

        harness.ReceiveText(new string('a', 10)).ReceiveText(new string('b', 10)).ReceiveText(new string('c', 100));
        harness.ReceiveText("ccc\r\nnext\r\n");

        Assert.Equal([16], harness.Events.LinesTooLong);
        Assert.Equal(["aaaaaaaaaabbbbbb", "next"], harness.Events.Lines);
        Assert.Equal(["line-too-long:16", "line:aaaaaaaaaabbbbbb", "line:next"], harness.Events.Log);
    }

    [Fact]
    public void Receive_LineExactlyAtTheLimit_IsNotTooLong()
    {
        var harness = new TelnetHarness(limits: new TelnetLimits { MaxLineBytes = 16 });

        harness.ReceiveText(new string('a', 16) + "\r\n");

        Assert.Empty(harness.Events.LinesTooLong);
        Assert.Equal([new string('a', 16)], harness.Events.Lines);
    }

    [Fact]
    public void Receive_OverlongLineCutInsideACharacter_DropsTheBrokenCharacter()
    {
        var harness = new TelnetHarness(limits: new TelnetLimits { MaxLineBytes = 16 });

        // 15 ASCII bytes, then a 3-byte character straddling the limit.
        harness.ReceiveText(new string('a', 15) + "\u20ac" + "tail\r\n");

        Assert.Equal([new string('a', 15)], harness.Events.Lines);
    }

    [Fact]
    public void Receive_Utf8SplitAcrossReads_DecodesWhole()
    {
        byte[] euro = "\u20ac"u8.ToArray();

        var harness = new TelnetHarness().Receive(euro[0]).Receive(euro[1]).Receive([euro[2], .. "5\r\n"u8]);

        Assert.Equal(["\u20ac5"], harness.Events.Lines);
    }

    [Fact]
    public void Receive_InvalidUtf8_IsReplacedWithReplacementCharacters()
    {
        var harness = new TelnetHarness().Receive([(byte)'a', 0xC3, (byte)'b', 0x80, 0xE9, (byte)'c', .. "\r\n"u8]);

        Assert.Equal(["a\uFFFDb\uFFFD\uFFFDc"], harness.Events.Lines);
    }

    [Fact]
    public void Receive_EscapeSequences_AreRemovedWhole()
    {
        // A colour code, an arrow key (CSI), an SS3 key and a lone ESC.
        var harness = new TelnetHarness().ReceiveText("\x1b[31mred\x1b[A \x1bOPx\x1b\r\n");

        Assert.Equal(["red x"], harness.Events.Lines);
    }

    [Fact]
    public void Receive_ControlCharacters_AreRemovedAndTabsBecomeSpaces()
    {
        var harness = new TelnetHarness().ReceiveText("a\0b\u0007c\td\u001f\u0085\u009be\r\n");

        Assert.Equal(["abc de"], harness.Events.Lines);
    }

    [Fact]
    public void Receive_BackspaceAndDelete_EraseThePreviousCharacter()
    {
        var harness = new TelnetHarness().ReceiveText("lp\bo\x7fook\b\bok\r\n\b\bx\r\nh\U0001F600\bi\r\n");

        Assert.Equal(["look", "x", "hi"], harness.Events.Lines);
    }
}
