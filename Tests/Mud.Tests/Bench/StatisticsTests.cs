using Mud.Bench.Monitoring;
using Mud.Bench.Reporting;
using Mud.Bench.Statistics;

namespace Mud.Tests.Bench;

[Trait("Category", "Unit")]
public sealed class StatisticsTests
{
    [Fact]
    public void Percentiles_AreNearestRank()
    {
        var summary = LatencySummary.Of(Enumerable.Range(1, 100).Select(i => (double)i).Reverse());

        Assert.Equal(100, summary.Count);
        Assert.Equal(50, summary.P50);
        Assert.Equal(90, summary.P90);
        Assert.Equal(99, summary.P99);
        Assert.Equal(100, summary.Max);
        Assert.Equal(50.5, summary.Mean);
    }

    [Fact]
    public void Percentiles_OfFewValues_PickARealValue()
    {
        var summary = LatencySummary.Of([3.0, 1.0, 2.0]);

        Assert.Equal(2, summary.P50);
        Assert.Equal(3, summary.P90);
        Assert.Equal(3, summary.P99);
        Assert.Equal(LatencySummary.Empty, LatencySummary.Of([]));
    }

    [Fact]
    public void Timeline_PutsEachReplyAndEventInItsSecond_AndNamesThePhases()
    {
        Sample[] samples = [new(0.5, 10), new(2.1, 1), new(2.9, 3), new(3.2, 5)];
        RunEvent[] events = [new(0.2, RunEventKind.Login), new(0.7, RunEventKind.Login), new(2.5, RunEventKind.Error), new(3.9, RunEventKind.Disconnect)];
        ProcessReading[] readings = [new(1.0, "silo", 7, 1000, 50), new(2.0, "silo", 7, 1100, 40), new(2.5, "silo", 7, 1200, 30)];

        var rows = Timeline.Build(3.5, loadStart: 2, loadEnd: 3, samples, events, readings);

        Assert.Equal(["login", "login", "load", "drain"], rows.Select(r => r.Phase));
        Assert.Equal([1, 0, 2, 1], rows.Select(r => r.Replies));
        Assert.Equal([2, 0, 0, 0], rows.Select(r => r.Logins));
        Assert.Equal(1, rows[2].Errors);
        Assert.Equal(1, rows[3].Disconnects);
        Assert.Equal(3, rows[2].P99);
        Assert.Equal(1200, rows[2].RssKiB["silo"]);
        Assert.Equal(1000, rows[1].RssKiB["silo"]);
        Assert.Empty(rows[0].RssKiB);
    }

    [Fact]
    public void LongestSilence_IsTheLongestGapBetweenReplies_IncludingTheEdges()
    {
        Assert.Equal(4, BenchReport.LongestSilence([1, 2, 6, 7], from: 0, to: 8));
        Assert.Equal(3, BenchReport.LongestSilence([3.5], from: 3, to: 6.5));
        Assert.Equal(10, BenchReport.LongestSilence([], from: 0, to: 10));
    }

    [Fact]
    public void ProcStat_IsReadFromTheLastParenthesis()
    {
        var line = "4242 (dotnet (a) b) S 1 4242 4242 0 -1 4194560 5000 0 0 0 1234 567 0 0 20 0 25 0 100 3000000000 51200 18446744073709551615";

        var stat = ProcStat.Parse(line);

        Assert.Equal('S', stat.State);
        Assert.Equal(1234, stat.UserTicks);
        Assert.Equal(567, stat.SystemTicks);
        Assert.Equal(1801, stat.CpuTicks);
        Assert.Equal(51200, stat.RssPages);
        Assert.False(stat.Ended);
        Assert.True(ProcStat.Parse(line.Replace(") S ", ") Z ", StringComparison.Ordinal)).Ended);
        Assert.Throws<FormatException>(() => ProcStat.Parse("4242 dotnet S 1"));
    }

    [Fact]
    public void ProcStat_OfThisProcess_IsAliveAndUsesMemory()
    {
        var stat = ProcStat.Read(Environment.ProcessId);

        Assert.NotNull(stat);
        Assert.True(stat.Value.RssPages > 0);
        Assert.Null(ProcStat.Read(int.MaxValue));
    }

    [Fact]
    public void ProportionalSet_IsThePssLineOfSmapsRollup()
    {
        const string rollup = """
            55d0c0a2b000-7ffd4b5f2000 ---p 00000000 00:00 0                          [rollup]
            Rss:              172032 kB
            Pss:              130049 kB
            Pss_Anon:          66560 kB
            """;

        Assert.Equal(130049, ProportionalSet.ParseKiB(rollup));
        Assert.Throws<FormatException>(() => ProportionalSet.ParseKiB("Rss: 12 kB"));
    }

    [Fact]
    public void ProportionalSet_OfThisProcess_IsPositive_AndOfNoProcessZero()
    {
        Assert.True(ProportionalSet.ReadKiB(Environment.ProcessId) > 0);
        Assert.Equal(0, ProportionalSet.ReadKiB(int.MaxValue));
    }

    [Fact]
    public void Comparison_GivesOursOverTheirs()
    {
        var figure = new ComparedFigure("replies per second", 30_000, 12_000);

        Assert.Equal(2.5, figure.Ratio);
        Assert.Null(new ComparedFigure("x", 1, 0).Ratio);
    }

    [Fact]
    public void Median_OfOddAndEvenCounts()
    {
        Assert.Equal(3, Medians.Median([5, 1, 3]));
        Assert.Equal(2.5, Medians.Median([4, 1, 2, 3]));
        Assert.Equal(0, Medians.Median([]));
    }
}
