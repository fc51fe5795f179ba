namespace Mud.Bench.Statistics;

/// <summary>A server process's memory and CPU at one moment (seconds since the run began).</summary>
public readonly record struct ProcessReading(double At, string Name, int Pid, long RssKiB, double CpuPercent);
