using System.Globalization;

namespace Mud.Portal.Cluster;

/// <summary>
/// The launcher's word that a silo is about to stop while another serves (the hand-over of <c>./mud reload</c>):
/// <c>data/run/silo.leaving</c> holds that silo's process id from just before the launcher stops it until it has
/// exited. The Portal holds input meanwhile and says so with <c>data/run/portal.holding</c>, which the launcher
/// waits for before stopping the silo. A notice whose process is gone (a launcher killed half-way) is ignored.
/// </summary>
public sealed class LeavingSiloNotice(string runDirectory)
{
    private readonly string _notice = Path.Combine(runDirectory, "silo.leaving");
    private readonly string _holding = Path.Combine(runDirectory, "portal.holding");

    /// <summary>True while the launcher says a silo is leaving and that silo's process still runs.</summary>
    public bool IsGiven()
    {
        try
        {
            return int.TryParse(File.ReadAllText(_notice).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && IsRunning(pid);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Tells the launcher that input is held from now on.</summary>
    public void Acknowledge() => File.WriteAllText(_holding, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    // Read from /proc, as the launcher that writes the notice does: a silo that exited under a PID 1 that does not
    // reap orphans stays a zombie, which still "exists" to Process.GetProcessById.
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat.LastIndexOf(')') + 2;
            return state < stat.Length && stat[state] is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
