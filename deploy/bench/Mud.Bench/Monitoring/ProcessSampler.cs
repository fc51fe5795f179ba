using System.Globalization;
using Mud.Bench.Statistics;

namespace Mud.Bench.Monitoring;

/// <summary>
/// Reads the memory and CPU of the server processes once a second. PIDs come from the launcher's
/// <c>*.pid</c> files, read again at every tick, so a silo restarted by <c>./mud reload</c> is followed.
/// </summary>
public sealed class ProcessSampler(string? runDirectory, IReadOnlyDictionary<string, int> fixedPids, RunClock clock)
{
    // Linux reports CPU in clock ticks of USER_HZ, which is 100 on every architecture .NET runs on.
    private const double TicksPerSecond = 100;
    private readonly Dictionary<string, (int Pid, long Ticks, double At)> _last = new(StringComparer.Ordinal);
    private readonly List<ProcessReading> _readings = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<ProcessReading> Readings
    {
        get
        {
            lock (_gate)
            {
                return [.. _readings];
            }
        }
    }

    /// <summary>The processes being watched, by name, as the pid files say now.</summary>
    public IReadOnlyDictionary<string, int> Pids()
    {
        var pids = new Dictionary<string, int>(fixedPids, StringComparer.Ordinal);
        if (runDirectory is not null && Directory.Exists(runDirectory))
        {
            foreach (var file in Directory.GetFiles(runDirectory, "*.pid"))
            {
                if (int.TryParse(SafeRead(file).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                {
                    pids[Path.GetFileNameWithoutExtension(file)] = pid;
                }
            }
        }

        return pids;
    }

    /// <summary>
    /// Takes one reading of every process now. Reading PSS walks every mapping of the process, so it is taken only
    /// when asked for (at rest, before the logins), not once a second.
    /// </summary>
    public IReadOnlyList<ProcessReading> SampleNow(bool withProportionalSet = false)
    {
        var at = clock.Now;
        var taken = new List<ProcessReading>();
        foreach (var (name, pid) in Pids().Append(new("bench", Environment.ProcessId)))
        {
            if (ProcStat.Read(pid) is not { } stat)
            {
                continue;
            }

            var cpu = 0.0;
            if (_last.TryGetValue(name, out var last) && last.Pid == pid && at > last.At)
            {
                cpu = (stat.CpuTicks - last.Ticks) / TicksPerSecond / (at - last.At) * 100;
            }

            _last[name] = (pid, stat.CpuTicks, at);
            var pss = withProportionalSet ? ProportionalSet.ReadKiB(pid) : 0;
            taken.Add(new ProcessReading(at, name, pid, stat.RssPages * Environment.SystemPageSize / 1024, cpu, pss));
        }

        lock (_gate)
        {
            _readings.AddRange(taken);
        }

        return taken;
    }

    public async Task RunAsync(CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation))
            {
                SampleNow();
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    /// <summary>Total CPU seconds each process used between two moments of the run, from the readings.</summary>
    public IReadOnlyDictionary<string, double> CpuSeconds(double from, double to)
    {
        lock (_gate)
        {
            return _readings.Where(r => r.At > from && r.At <= to + 0.5)
                .GroupBy(r => r.Name)
                .ToDictionary(g => g.Key, g => Math.Round(g.Sum(r => r.CpuPercent) / 100, 2));
        }
    }

    private static string SafeRead(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (IOException)
        {
            return "";
        }
    }
}
