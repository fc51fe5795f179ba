using System.Diagnostics;

namespace Mud.Tests.EndToEnd;

internal static class ProcessReaper
{
    /// <summary>Whether a process is still running; a zombie (state Z) counts as ended.</summary>
    public static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is not ("Z" or "X");
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static void Kill(int pid)
    {
        if (!IsAlive(pid))
        {
            return;
        }

        try
        {
            Process.GetProcessById(pid).Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // It ended between the check and the kill.
        }
    }
}
