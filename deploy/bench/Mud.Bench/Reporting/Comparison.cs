using System.Globalization;
using System.Text;

namespace Mud.Bench.Reporting;

/// <summary>One figure of two runs side by side. A ratio above 1 means ours is higher (better for rates, worse for latencies).</summary>
public sealed record ComparedFigure(string Figure, double Ours, double Theirs)
{
    public double? Ratio => Theirs == 0 ? null : Math.Round(Ours / Theirs, 3);
}

/// <summary>Our run against another server's run of the same workload (TinyMUX).</summary>
public static class Comparison
{
    public static IReadOnlyList<ComparedFigure> Of(BenchReport ours, BenchReport theirs) =>
    [
        new("replies per second", ours.Load.PerSecond, theirs.Load.PerSecond),
        new("latency p50 ms", ours.Load.Latency.P50, theirs.Load.Latency.P50),
        new("latency p90 ms", ours.Load.Latency.P90, theirs.Load.Latency.P90),
        new("latency p99 ms", ours.Load.Latency.P99, theirs.Load.Latency.P99),
        new("latency max ms", ours.Load.Latency.Max, theirs.Load.Latency.Max),
        // The longest a client waited for anything: a restart's hold (reload), or a stall.
        new("longest silence s", ours.Load.LongestSilenceSeconds, theirs.Load.LongestSilenceSeconds),
        new("errors", ours.Load.Errors, theirs.Load.Errors),
        new("disconnects", ours.Load.Disconnects, theirs.Load.Disconnects),
        new("server CPU µs per reply", ours.Load.ServerCpuMicrosecondsPerReply, theirs.Load.ServerCpuMicrosecondsPerReply),
        new("server CPU % in load", ours.Processes.Where(BenchReport.IsServer).Sum(p => p.CpuPercentInLoad), theirs.Processes.Where(BenchReport.IsServer).Sum(p => p.CpuPercentInLoad)),
        Memory("server RSS MiB after load", ours, theirs, BenchReport.IsServer, p => p.RssAfterLoadKiB),
        // Every process of the game, the web front end included: what an operator pays for a game nobody plays.
        Memory("RSS MiB at rest, all", ours, theirs, BenchReport.IsGame, p => p.RssBeforeKiB),
        // The same with pages shared between the game's processes (runtime, framework) counted once.
        Memory("PSS MiB at rest, all", ours, theirs, BenchReport.IsGame, p => p.PssBeforeKiB),
        Memory("RSS KiB per session, all", ours, theirs, BenchReport.IsGame, p => p.RssGrowthPerSessionBytes),
    ];

    /// <summary>A memory figure summed over the chosen processes of each run, one binary unit up (KiB to MiB, bytes to KiB).</summary>
    private static ComparedFigure Memory(string figure, BenchReport ours, BenchReport theirs, Func<ProcessFigures, bool> which, Func<ProcessFigures, double> amount)
    {
        double Sum(BenchReport report) => Math.Round(report.Processes.Where(which).Sum(amount) / 1024.0, 1);
        return new(figure, Sum(ours), Sum(theirs));
    }

    public static string Format(string title, IReadOnlyList<ComparedFigure> figures)
    {
        var text = new StringBuilder().AppendLine(title);
        text.AppendLine(CultureInfo.InvariantCulture, $"{"figure",-28}{"ours",12}{"theirs",12}{"ours/theirs",13}");
        foreach (var f in figures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{f.Figure,-28}{f.Ours,12:0.###}{f.Theirs,12:0.###}{(f.Ratio is { } r ? r.ToString("0.###", CultureInfo.InvariantCulture) : "n/a"),13}");
        }

        return text.ToString();
    }
}
