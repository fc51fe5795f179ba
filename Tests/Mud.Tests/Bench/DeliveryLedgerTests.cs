using System.Text;
using Mud.Bench.Scenarios;

namespace Mud.Tests.Bench;

[Trait("Category", "Unit")]
public sealed class DeliveryLedgerTests
{
    [Fact]
    public void ALine_ReadOnceByEveryListener_GivesItsSendTimeEachTime_AndNothingIsMissing()
    {
        var ledger = new DeliveryLedger(listeners: 3);
        ledger.Send("a", 100);

        Assert.All(new[] { ledger.Read(0, "a"), ledger.Read(1, "a"), ledger.Read(2, "a") }, sent => Assert.Equal(100L, sent));
        Assert.Equal(0, ledger.Missing);
        Assert.Equal(0, ledger.Duplicates);
        Assert.Equal(0, ledger.Outstanding);
    }

    [Fact]
    public void ASecondCopy_IsADuplicate_AndAListenerThatNeverReads_LeavesADeliveryMissing()
    {
        var ledger = new DeliveryLedger(listeners: 3);
        ledger.Send("a", 100);
        ledger.Send("b", 200);

        ledger.Read(0, "a");
        Assert.Null(ledger.Read(0, "a"));
        ledger.Read(1, "a");
        ledger.Read(1, "b");

        Assert.Equal(1, ledger.Duplicates);
        Assert.Equal(3, ledger.Missing);
        Assert.Equal(2, ledger.Outstanding);
    }

    [Fact]
    public void ALineNobodySent_IsIgnored()
    {
        var ledger = new DeliveryLedger(listeners: 2);

        Assert.Null(ledger.Read(0, "never"));
        Assert.Equal(0, ledger.Duplicates);
        Assert.Equal(0, ledger.Missing);
    }

    [Fact]
    public async Task AllRead_EndsWhenTheLastListenerHasTheLine_OrSaysNoAtTheTimeout()
    {
        var ledger = new DeliveryLedger(listeners: 2);
        ledger.Send("a", 1);
        ledger.Read(0, "a");

        Assert.False(await ledger.AllReadAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None));
        var waiting = ledger.AllReadAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        ledger.Read(1, "a");
        Assert.True(await waiting);
    }

    [Theory]
    [InlineData("\u001b[1;36m[Public]\u001b[0m benchaaab: chan12m345e", 12, 345)]
    [InlineData("[Public] chanter: chan0m0e", 0, 0)]
    [InlineData("channel chan7 then chan3m9e", 3, 9)]
    public void AChannelToken_IsFoundAmidColourCodesAndNames(string line, int client, int seq)
    {
        Assert.True(ChannelDriver.TryParse(Encoding.UTF8.GetBytes(line), out var foundClient, out var foundSeq));
        Assert.Equal((client, seq), (foundClient, foundSeq));
        Assert.Equal(line[line.LastIndexOf("chan", StringComparison.Ordinal)..], ChannelDriver.Token(client, seq));
    }

    [Theory]
    [InlineData("[Public] benchaaab: hello")]
    [InlineData("chan12m345")]
    [InlineData("chanm3e")]
    public void ALineWithoutAWholeToken_HasNone(string line) =>
        Assert.False(ChannelDriver.TryParse(Encoding.UTF8.GetBytes(line), out _, out _));
}
