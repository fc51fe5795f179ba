using Mud.Bench.Options;
using Mud.Bench.Reporting;
using Mud.Bench.Scenarios;

namespace Mud.Tests.Bench;

/// <summary>The whole tool over real loopback sockets against a stand-in game: bounded, and counting what happened.</summary>
[Trait("Category", "Integration")]
public sealed class BenchRunTests
{
    [Fact]
    public async Task ThinkRun_LogsEveryoneIn_TimesEveryReply_AndStopsByItself()
    {
        await using var game = new FakeTelnetGame();
        var options = BenchOptions.Parse(["--clients", "8", "--rate", "20", "--ramp", "0.2", "--duration", "1", "--timeout", "5", "--port", $"{game.Port}", "--pid", $"self={Environment.ProcessId}"]);

        var report = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.True(report.Logins.Succeeded == 8, Summary.Of(report));
        Assert.Equal(8, report.Logins.AccountsCreated);
        Assert.Equal(8, game.AccountsCreated);
        // At most what 8 clients at 20/s can send in a second; at least one each, however busy the machine is.
        Assert.InRange(report.Load.Replies, 8, 200);
        Assert.Equal(0, report.Load.Errors);
        Assert.Equal(0, report.Load.Disconnects);
        Assert.True(report.Load.Latency.P99 >= report.Load.Latency.P50);
        Assert.Contains(report.Processes, p => p.Name == "self" && p.RssLoggedInKiB > 0);
        Assert.Contains(report.Timeline, row => row.Phase == "load" && row.Replies > 0);
        Assert.Equal(report.Load.Replies, BenchReport.FromJson(report.ToJson()).Load.Replies);
        Assert.Contains("8/8 in", Summary.Of(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MccpRun_InflatesWhatTheServerCompresses_AndCountsTheBytesOnTheWireAndAsWritten()
    {
        await using var game = new FakeTelnetGame(mccp: true);
        var options = BenchOptions.Parse(["--mccp", "--scenario", "look", "--clients", "3", "--rate", "10", "--ramp", "0", "--duration", "1", "--timeout", "5", "--port", $"{game.Port}", "--prefix", "zip"]);

        var report = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.True(report.Load.Replies >= 3 && report.Load.Errors == 0, Summary.Of(report));
        var traffic = Assert.IsType<TrafficFigures>(report.Traffic);
        Assert.Equal(3, traffic.CompressedSessions);
        Assert.Equal(game.WireBytesSent, traffic.WireBytes);
        Assert.Equal(game.TextBytesSent, traffic.TextBytes);
        Assert.True(traffic.WireBytes < traffic.TextBytes / 2, $"the pebbles should compress well: {traffic}");
        Assert.Equal(traffic.TextBytes - traffic.WireBytes, traffic.SavedBytes);
        Assert.Equal(Math.Round(traffic.WireBytes / 3.0), traffic.WireBytesPerSession);
        Assert.Contains("3/3 sessions compressed", Summary.Of(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutMccp_TheToolRefusesTheOffer_AndTheBytesOnTheWireAreTheBytesWritten()
    {
        await using var game = new FakeTelnetGame(mccp: true);
        var options = BenchOptions.Parse(["--scenario", "look", "--clients", "2", "--rate", "10", "--ramp", "0", "--duration", "0.5", "--timeout", "5", "--port", $"{game.Port}", "--prefix", "plain"]);

        var report = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.True(report.Load.Replies >= 2 && report.Load.Errors == 0, Summary.Of(report));
        var traffic = Assert.IsType<TrafficFigures>(report.Traffic);
        Assert.Equal(0, traffic.CompressedSessions);
        Assert.Equal(game.WireBytesSent, traffic.WireBytes);
        Assert.Equal(traffic.WireBytes, traffic.TextBytes);
        Assert.Equal(0, traffic.SavedPercent);
    }

    [Fact]
    public async Task FlatOutRun_SendsAsFastAsRepliesCome_AndStopsAtTheDuration()
    {
        await using var game = new FakeTelnetGame();
        var options = BenchOptions.Parse(["--clients", "2", "--rate", "0", "--ramp", "0", "--duration", "0.5", "--timeout", "5", "--port", $"{game.Port}", "--prefix", "flat"]);

        var report = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.True(report.Load.Replies > 20, Summary.Of(report));
        Assert.Equal(0, report.Load.Errors);
    }

    [Fact]
    public async Task SayRun_TimesEachSayUntilTheLastListenerHasIt()
    {
        await using var game = new FakeTelnetGame();
        var options = BenchOptions.Parse(["--scenario", "say", "--clients", "5", "--rate", "5", "--ramp", "0", "--duration", "1", "--timeout", "5", "--port", $"{game.Port}", "--prefix", "crowd"]);

        var report = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.True(report.Logins.Succeeded == 5, Summary.Of(report));
        Assert.NotNull(report.Load.Echo);
        Assert.Equal(report.Load.Echo.Count, report.Load.Replies + report.Load.Incomplete);
        Assert.True(report.Load.Replies > 0, "no say was heard by everyone");
        Assert.Equal(0, report.Load.Errors);
    }

    [Fact]
    public async Task MixedRun_LooksGetsDropsSaysTalksOnTheChannelAndBuilds_EachBeforeATimedThink()
    {
        await using var game = new FakeTelnetGame();
        var options = BenchOptions.Parse(["--scenario", "mixed", "--clients", "2", "--rate", "0", "--ramp", "0", "--duration", "0.5", "--timeout", "5", "--port", $"{game.Port}", "--prefix", "mix", "--admin", $"{FakeTelnetGame.Admin}:bosspass1"]);

        var report = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.True(report.Load.Replies >= 14, Summary.Of(report));
        Assert.Equal(0, report.Load.Errors);
        // Both clients were made Builders, by the admin, before the round began.
        Assert.Equal(2, game.Verbs["@perm"]);
        Assert.All(new[] { "look", "get", "drop", "say", "pub", "@create", "@destroy", "yes" }, verb => Assert.True(game.Verbs.GetValueOrDefault(verb) >= 2, $"{verb}: {game.Verbs.GetValueOrDefault(verb)}"));
        // Besides the timed ones, the game saw a think from each login and one from the admin, and perhaps one a client
        // sent just before the end, whose reply came too late to count.
        Assert.InRange(game.Verbs["think"], report.Load.Replies + 3, report.Load.Replies + 5);
    }

    [Fact]
    public async Task MixedRun_WhoseAdminCannotMakeBuilders_ReportsItAsAnError()
    {
        await using var game = new FakeTelnetGame();
        var options = BenchOptions.Parse(["--scenario", "mixed", "--clients", "2", "--rate", "0", "--ramp", "0", "--duration", "0.3", "--timeout", "5", "--port", $"{game.Port}", "--prefix", "mix", "--admin", "nobody:notapass1"]);

        var report = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.Contains(report.Errors, e => e.Key == "builder");
        Assert.Contains("made 0 of 2 accounts Builders", Summary.Of(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelRun_TimesEveryDeliveryToEachOtherListener_WithNoneMissingOrTwice()
    {
        await using var game = new FakeTelnetGame();
        var options = BenchOptions.Parse(["--scenario", "channel", "--speakers", "2", "--clients", "5", "--rate", "5", "--ramp", "0", "--duration", "1", "--timeout", "5", "--port", $"{game.Port}", "--prefix", "chatter"]);

        var report = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.True(report.Logins.Succeeded == 5, Summary.Of(report));
        Assert.NotNull(report.Load.Echo);
        Assert.True(report.Load.Echo.Count >= 2, Summary.Of(report));
        // Every line a speaker read back reached the four other listeners, once each.
        Assert.Equal(report.Load.Echo.Count * 4, report.Load.Latency.Count);
        Assert.Equal(0, report.Load.Incomplete);
        Assert.Equal(0, report.Load.Duplicates);
        Assert.Equal(0, report.Load.Errors);
        Assert.Contains("0 deliveries missing, 0 duplicates", Summary.Of(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunAgainstNothing_CountsLoginErrors_AndStillReports()
    {
        int port;
        await using (var game = new FakeTelnetGame())
        {
            port = game.Port;
        }

        var options = BenchOptions.Parse(["--clients", "3", "--ramp", "0", "--duration", "0.2", "--timeout", "2", "--port", $"{port}"]);

        var report = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.Equal(0, report.Logins.Succeeded);
        Assert.Equal(3, report.Errors["login"]);
    }
}
