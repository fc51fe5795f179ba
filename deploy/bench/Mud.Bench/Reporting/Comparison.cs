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
        new("server CPU µs per reply", ours.Load.ServerCpuMicrosecondsPerReply, theirs.Load.ServerCpuMicrosecondsPerReply),
        new("server CPU % in load", ours.Processes.Where(BenchReport.IsServer).Sum(p => p.CpuPercentInLoad), theirs.Processes.Where(BenchReport.IsServer).Sum(p => p.CpuPercentInLoad)),
        new("server RSS MiB after load", Math.Round(ours.Processes.Where(BenchReport.IsServer).Sum(p => p.RssAfterLoadKiB) / 1024.0, 1), Math.Round(theirs.Processes.Where(BenchReport.IsServer).Sum(p => p.RssAfterLoadKiB) / 1024.0, 1)),
        // Every process of the game, the web front end included: what an operator pays for a game nobody plays.
        new("RSS MiB at rest, all", RestingMiB(ours), RestingMiB(theirs)),
        // The same with pages shared between the game's processes (runtime, framework) counted once.
        new("PSS MiB at rest, all", RestingPssMiB(ours), RestingPssMiB(theirs)),
        new("RSS KiB per session, all", GrowthKiBPerSession(ours), GrowthKiBPerSession(theirs)),
    ];

    private static double RestingMiB(BenchReport report) =>
        Math.Round(report.Processes.Where(BenchReport.IsGame).Sum(p => p.RssBeforeKiB) / 1024.0, 1);

    private static double RestingPssMiB(BenchReport report) =>
        Math.Round(report.Processes.Where(BenchReport.IsGame).Sum(p => p.PssBeforeKiB) / 1024.0, 1);

    private static double GrowthKiBPerSession(BenchReport report) =>
        Math.Round(report.Processes.Where(BenchReport.IsGame).Sum(p => p.RssGrowthPerSessionBytes) / 1024.0, 1);

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
