using System.Diagnostics;

namespace Mud.Bench.Statistics;

/// <summary>Seconds since the run began, from <see cref="Stopwatch"/> timestamps.</summary>
public sealed class RunClock
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    public double Now => At(Stopwatch.GetTimestamp());

    public double At(long timestamp) => (timestamp - _origin) / (double)Stopwatch.Frequency;

    public static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}
