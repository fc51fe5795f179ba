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
        var admitted = CountOf(player.Transcript, "flood");
        Assert.InRange(admitted, 1, 19);

        // One notice per flood, a flood being the refusals between two admitted commands. Mostly the packet is one
        // flood; on a loaded machine the bucket may refill while the packet is read, and an admitted line starts
        // another. So never more notices than admitted lines and one (CommandRateLimitTests has the exact rule).
        Assert.InRange(CountOf(player.Transcript, "You are sending commands too fast"), 1, admitted + 1);
        Assert.False(player.Closed);
    }

    [Fact]
    public async Task ConnectionsFromOneAddress_PastTheLimit_AreRefusedWithAMessage_UntilOneCloses()
    {
        await using var mud = await MudInstance.StartAsync(new Dictionary<string, string> { ["Mud__Telnet__MaxConnectionsPerAddress"] = "2" });
        await using var first = await mud.ConnectAsync();
        await using var second = await mud.ConnectAsync();
        await first.WaitForAsync("create");
        await second.WaitForAsync("create");

        await using (var third = await mud.ConnectAsync())
        {
            await third.WaitForAsync("too many connections from your address");
            await third.WaitForClosedAsync();
        }

        await first.DisposeAsync();
        await using var again = await PollUntilAdmittedAsync(mud);
        Assert.False(again.Closed);
    }

    /// <summary>A closed connection leaves the count once the Portal has seen it go; until then a new one is refused.</summary>
    private static async Task<TelnetTestClient> PollUntilAdmittedAsync(MudInstance mud)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var client = await mud.ConnectAsync();
            var seen = await client.WaitForEitherAsync("create", "too many connections", TimeSpan.FromSeconds(10));
            if (!seen.Contains("too many connections", StringComparison.Ordinal))
            {
                return client;
            }

            await client.DisposeAsync();
            Assert.False(timeout.IsCancellationRequested, "a closed connection never made room for a new one from its address");
            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
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
