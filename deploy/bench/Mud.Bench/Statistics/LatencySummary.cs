namespace Mud.Bench.Statistics;

/// <summary>Count and percentiles of a set of latencies, in milliseconds.</summary>
public sealed record LatencySummary(int Count, double Mean, double P50, double P90, double P99, double Max)
{
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public static LatencySummary Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }

        Array.Sort(sorted);
        return new(sorted.Length, sorted.Average(), Percentile(sorted, 50), Percentile(sorted, 90), Percentile(sorted, 99), sorted[^1]);
    }

    /// <summary>Nearest rank: the smallest value that at least <paramref name="percent"/> % of the values do not exceed.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
