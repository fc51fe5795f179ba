using System.Globalization;
using System.Text;

namespace Mud.Bench.Reporting;

/// <summary>The median of each headline figure over repeated runs of one scenario.</summary>
public static class Medians
{
    public static IReadOnlyList<(string Figure, double Median, double[] Values)> Of(IReadOnlyList<BenchReport> runs)
    {
        (string, Func<BenchReport, double>)[] figures =
        [
            ("logins per second", r => r.Logins.PerSecond),
            ("replies per second", r => r.Load.PerSecond),
            ("latency p50 ms", r => r.Load.Latency.P50),
            ("latency p90 ms", r => r.Load.Latency.P90),
            ("latency p99 ms", r => r.Load.Latency.P99),
            ("latency max ms", r => r.Load.Latency.Max),
            ("errors", r => r.Load.Errors),
            ("disconnects", r => r.Load.Disconnects),
            ("longest silence s", r => r.Load.LongestSilenceSeconds),
            ("server CPU µs per reply", r => r.Load.ServerCpuMicrosecondsPerReply),
            ("server RSS growth KiB per session", r => Math.Round(r.Processes.Where(BenchReport.IsServer).Sum(p => p.RssGrowthPerSessionBytes) / 1024, 1)),
            ("wire KiB per session", r => Math.Round((r.Traffic?.WireBytesPerSession ?? 0) / 1024, 1)),
            ("KiB per session as written", r => Math.Round((r.Traffic?.TextBytesPerSession ?? 0) / 1024, 1)),
            ("bytes saved %", r => r.Traffic?.SavedPercent ?? 0),
            ("server CPU ms per session", r => r.Traffic?.ServerCpuMillisecondsPerSession ?? 0),
            ("load average at start", r => r.Machine.LoadAverageAtStart.FirstOrDefault()),
        ];
        return [.. figures.Select(f =>
        {
            var values = runs.Select(f.Item2).ToArray();
            return (f.Item1, Median(values), values);
        })];
    }

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string Format(IReadOnlyList<(string Figure, double Median, double[] Values)> medians)
    {
        var text = new StringBuilder();
        foreach (var (figure, median, values) in medians)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{figure,-36}{median,12:0.###}   ({string.Join(", ", values.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)))})");
        }

        return text.ToString();
    }
}
