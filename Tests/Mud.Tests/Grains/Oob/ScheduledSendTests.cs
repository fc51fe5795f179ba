using System.Diagnostics;
using Mud.Oob;

namespace Mud.Tests.Grains.Oob;

/// <summary>
/// Scheduled sends run on real grain timers, so these tests take real seconds. Intervals are checked by their
/// median (a shared machine may delay one tick by seconds); stopping is checked by nothing arriving for several intervals.
/// </summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ScheduledSendTests(GameClusterFixture cluster) : OobTestBase(cluster)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3.5);

    [Fact]
    public async Task MsdpRepeat_ArrivesAtItsInterval_AndStopsOnUnreport()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Msdp);

        await SendAsync(player, OobProtocol.Msdp, "REPEAT", "1", "SERVER_TIME");

        var sends = await WaitForMsdpAsync(player, "SERVER_TIME", _ => true, "every second", count: 6, timeout: TimeSpan.FromSeconds(30));
        var gaps = sends.Zip(sends.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a.Timestamp, b.Timestamp).TotalSeconds).Order().ToList();
        // Never early. The median is not moved by one late tick, but a CI machine that starves the silo makes every
        // tick late (1.53 s seen), so from above it only says "about every second", not "every five".
        Assert.All(gaps, gap => Assert.True(gap >= 0.5, $"a send came {gap:0.00} s after the one before"));
        Assert.InRange(gaps[gaps.Count / 2], 0.8, 2.5);

        await SendAsync(player, OobProtocol.Msdp, "UNREPORT", "SERVER_TIME");
        await AssertNothingMoreAsync(player, OobProtocol.Msdp, "SERVER_TIME");
    }

    [Fact]
    public async Task GmcpRepeat_SendsThePackageEvenUnchanged_AndStopsOnUnrepeat()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Gmcp);
        await SendAsync(player, OobProtocol.Gmcp, "Core.Supports.Set", "Char 1");

        await SendKwargsAsync(player, OobProtocol.Gmcp, "Mud.Repeat", new OobField("package", OobValue.Of("Char.Vitals")), new OobField("seconds", OobValue.Of(1)));

        // Once for the support, then once a second with nothing changing.
        await WaitForPackageAsync(player, OobProtocol.Gmcp, "Char.Vitals", count: 4);
        await SendAsync(player, OobProtocol.Gmcp, "Mud.Unrepeat", "Char.Vitals");
        await AssertNothingMoreAsync(player, OobProtocol.Gmcp, "Char.Vitals");
    }

    [Fact]
    public async Task Repeats_StopWhenTheSessionCloses()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Msdp);
        await SendAsync(player, OobProtocol.Msdp, "REPEAT", "1", "SERVER_TIME", "HEALTH");
        await WaitForMsdpAsync(player, "HEALTH", _ => true, "every second", count: 2);

        await player.Session.CloseAsync();

        await AssertNothingMoreAsync(player, OobProtocol.Msdp, "SERVER_TIME");
    }

    [Fact]
    public async Task Repeat_TooFastOrTooMany_IsRefused()
    {
        var (player, _) = await PlayerSpeakingAsync(OobProtocols.Json);

        await SendKwargsAsync(player, OobProtocol.Json, "Mud.Repeat", new OobField("package", OobValue.Of("Char.Vitals")), new OobField("seconds", OobValue.Of(0.2)));
        var tooFast = await WaitForPackageAsync(player, OobProtocol.Json, "error");
        Assert.Contains("between 1 and 3600 seconds", tooFast[0].Message.Kwarg("message")!.AsText(), StringComparison.Ordinal);

        // Eight scheduled sends at most (the default cap); a ninth is refused. Long intervals keep them quiet.
        var msdp = await PlayerSpeakingAsync(OobProtocols.Msdp);
        await SendAsync(msdp.Player, OobProtocol.Msdp, "REPEAT", ["600", .. MsdpVariables.Sendable.Take(9)]);
        await SendAsync(msdp.Player, OobProtocol.Msdp, "LIST", "REPEATED_VARIABLES");
        var repeated = await Recorder.WaitForAsync(msdp.Player.SessionId, OobProtocol.Msdp, m => m.Name == "REPEATED_VARIABLES", "REPEATED_VARIABLES");
        Assert.Equal(MsdpVariables.Sendable.Take(8), ((OobList)repeated[0].Message.Args[0]).Items.Select(i => i.AsText()));
    }

    private async Task AssertNothingMoreAsync(TestPlayer player, OobProtocol protocol, string name)
    {
        // What was already on its way may still land; after that, nothing for several intervals.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var before = Recorder.Of(player.SessionId, protocol).Count(r => r.Message.Name == name);
        await Task.Delay(Quiet);
        Assert.Equal(before, Recorder.Of(player.SessionId, protocol).Count(r => r.Message.Name == name));
    }
}
