namespace Mud.Bench.Statistics;

/// <summary>One second of a run.</summary>
public sealed record TimelineRow(
    int Second,
    string Phase,
    int Replies,
    double P50,
    double P99,
    double Max,
    int Logins,
    int Errors,
    int Disconnects,
    IReadOnlyDictionary<string, long> RssKiB,
    IReadOnlyDictionary<string, double> CpuPercent);

/// <summary>Builds the per-second timeline from everything a run recorded.</summary>
public static class Timeline
{
    /// <param name="seconds">Length of the run in seconds; the last partial second gets a row too.</param>
    /// <param name="loadStart">Second at which the workload began (earlier rows are the login phase).</param>
    /// <param name="loadEnd">Second at which the workload stopped (later rows are the drain).</param>
    public static IReadOnlyList<TimelineRow> Build(
        double seconds,
        double loadStart,
        double loadEnd,
        IEnumerable<Sample> samples,
        IEnumerable<RunEvent> events,
        IEnumerable<ProcessReading> readings)
    {
        var count = Math.Max(1, (int)Math.Ceiling(seconds));
        var bySecond = samples.GroupBy(s => Bucket(s.At, count)).ToDictionary(g => g.Key, g => g.Select(s => s.Milliseconds).ToList());
        var eventsBySecond = events.GroupBy(e => Bucket(e.At, count)).ToDictionary(g => g.Key, g => g.ToList());
        var readingsBySecond = readings.GroupBy(r => Bucket(r.At, count)).ToDictionary(g => g.Key, g => g.GroupBy(r => r.Name).Select(n => n.Last()).ToList());
        var rows = new List<TimelineRow>(count);
        for (var second = 0; second < count; second++)
        {
            var latencies = LatencySummary.Of(bySecond.GetValueOrDefault(second) ?? []);
            var happened = eventsBySecond.GetValueOrDefault(second) ?? [];
            var processes = readingsBySecond.GetValueOrDefault(second) ?? [];
            var phase = second < (int)Math.Floor(loadStart) ? "login" : second < (int)Math.Ceiling(loadEnd) ? "load" : "drain";
            rows.Add(new TimelineRow(
                second,
                phase,
                latencies.Count,
                Math.Round(latencies.P50, 3),
                Math.Round(latencies.P99, 3),
                Math.Round(latencies.Max, 3),
                happened.Count(e => e.Kind == RunEventKind.Login),
                happened.Count(e => e.Kind == RunEventKind.Error),
                happened.Count(e => e.Kind == RunEventKind.Disconnect),
                processes.ToDictionary(p => p.Name, p => p.RssKiB),
                processes.ToDictionary(p => p.Name, p => Math.Round(p.CpuPercent, 1))));
        }

        return rows;
    }

    private static int Bucket(double at, int count) => Math.Clamp((int)Math.Floor(at), 0, count - 1);
}
