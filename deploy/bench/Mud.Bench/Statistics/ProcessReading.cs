namespace Mud.Bench.Statistics;

/// <summary>
/// A server process's memory and CPU at one moment (seconds since the run began). PSS is read only when asked
/// for (<see cref="Monitoring.ProcessSampler.SampleNow"/>), and is 0 otherwise.
/// </summary>
public readonly record struct ProcessReading(double At, string Name, int Pid, long RssKiB, double CpuPercent, long PssKiB = 0);
