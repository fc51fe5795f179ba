using System.Text;

namespace Mud.Tests.EndToEnd;

/// <summary>The Portal's limits on what one connection may do, over real telnet against the real processes.</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class PortalLimitsEndToEndTests
{
    [Fact]
    public async Task CommandsFasterThanTheRate_AreDroppedWithOneNotice_AndTheConnectionStays()
    {
        await using var mud = await MudInstance.StartAsync(new Dictionary<string, string> { ["Mud__Telnet__CommandsPerSecond"] = "5" });
        await using var player = await mud.ConnectAsync();
        await player.CreateAndConnectAsync();

        // Twenty lines in one packet: more than a second's worth at five a second.
        await player.SendRawAsync(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("think flood\r\n", 20))));

        await player.WaitForAsync("You are sending commands too fast");

        // Pacing, not waiting for an event: a second refills the bucket, so the fence itself is admitted.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await player.FenceAsync();
        Assert.Equal(1, CountOf(player.Transcript, "You are sending commands too fast"));
        Assert.InRange(CountOf(player.Transcript, "flood"), 1, 19);
        Assert.False(player.Closed);
    }

    private static int CountOf(string text, string fragment)
    {
        var count = 0;
        for (var at = text.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fragment, at + fragment.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
