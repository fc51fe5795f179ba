using Mud.Bench.Options;
using Mud.Bench.Reporting;
using Mud.Bench.Scenarios;

namespace Mud.Tests.Bench;

/// <summary>Mud against TinyMUX: the memory rows count every process of the game, the web front end too, never the load tool.</summary>
[Trait("Category", "Integration")]
public sealed class ComparisonTests
{
    [Fact]
    public async Task MemoryRows_AddUpEveryGameProcess_ButNotTheLoadTool()
    {
        await using var game = new FakeTelnetGame();
        var options = BenchOptions.Parse(["--scenario", "idle", "--clients", "2", "--ramp", "0", "--duration", "0.2", "--settle", "0", "--timeout", "5", "--port", $"{game.Port}"]);
        var run = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        var mud = run with
        {
            Processes = [Process("silo", 100 * 1024, 20 * 1024), Process("portal", 60 * 1024, 10 * 1024), Process("web", 40 * 1024, 1024), Process("bench", 900 * 1024, 50 * 1024)],
        };
        var tinymux = run with { Processes = [Process("tinymux", 10 * 1024, 14 * 1024), Process("bench", 900 * 1024, 50 * 1024)] };

        var figures = Comparison.Of(mud, tinymux).ToDictionary(f => f.Figure);

        Assert.Equal(200, figures["RSS MiB at rest, all"].Ours);
        Assert.Equal(10, figures["RSS MiB at rest, all"].Theirs);
        Assert.Equal(20, figures["RSS MiB at rest, all"].Ratio);
        Assert.Equal(100, figures["PSS MiB at rest, all"].Ours);
        Assert.Equal(5, figures["PSS MiB at rest, all"].Theirs);
        Assert.Equal(31, figures["RSS KiB per session, all"].Ours);
        Assert.Equal(14, figures["RSS KiB per session, all"].Theirs);
    }

    [Fact]
    public async Task ARestart_IsComparedByTheLongestSilence_AndWhatWasLost()
    {
        await using var game = new FakeTelnetGame();
        var options = BenchOptions.Parse(["--scenario", "think", "--clients", "1", "--ramp", "0", "--duration", "0.2", "--timeout", "5", "--port", $"{game.Port}"]);
        var run = await new BenchRun(options, ["test"]).RunAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        var mud = run with { Load = run.Load with { LongestSilenceSeconds = 2.8, Errors = 0 } };
        var tinymux = run with { Load = run.Load with { LongestSilenceSeconds = 0.2, Errors = 12 } };

        var figures = Comparison.Of(mud, tinymux).ToDictionary(f => f.Figure);

        Assert.Equal(14, figures["longest silence s"].Ratio);
        Assert.Equal(0, figures["errors"].Ours);
        Assert.Equal(12, figures["errors"].Theirs);
    }

    private static ProcessFigures Process(string name, long restingKiB, double growthBytesPerSession) =>
        new(name, Pid: 1, RssBeforeKiB: restingKiB, RssLoggedInKiB: restingKiB, RssAfterLoadKiB: restingKiB, growthBytesPerSession, CpuSecondsInLoad: 0, CpuPercentInLoad: 0, PssBeforeKiB: restingKiB / 2);
}
