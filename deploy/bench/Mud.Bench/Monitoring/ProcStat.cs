using System.Globalization;

namespace Mud.Bench.Monitoring;

/// <summary>The parts of <c>/proc/&lt;pid&gt;/stat</c> the tool reads: state, CPU time and resident set.</summary>
public readonly record struct ProcStat(char State, long UserTicks, long SystemTicks, long RssPages)
{
    public long CpuTicks => UserTicks + SystemTicks;

    /// <summary>A zombie or dead process has ended even though its PID still answers.</summary>
    public bool Ended => State is 'Z' or 'X';

    /// <summary>
    /// Parses one stat line. The command name (field 2) is in parentheses and may itself hold spaces and
    /// parentheses, so fields are counted from the last ')'.
    /// </summary>
    public static ProcStat Parse(string line)
    {
        var close = line.LastIndexOf(')');
        if (close < 0)
        {
            throw new FormatException("Not a /proc stat line: no ')' after the command name.");
        }

        // After ")": field 3 (state) is index 0, utime (14) index 11, stime (15) index 12, rss (24) index 21.
        var fields = line[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 22 || fields[0].Length != 1)
        {
            throw new FormatException($"Not a /proc stat line: {fields.Length} fields after the command name.");
        }

        return new ProcStat(fields[0][0], Long(fields[11]), Long(fields[12]), Long(fields[21]));
    }

    /// <summary>Reads a process's stat, or null when it is gone.</summary>
    public static ProcStat? Read(int pid)
    {
        try
        {
            var stat = Parse(File.ReadAllText($"/proc/{pid}/stat"));
            return stat.Ended ? null : stat;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Long(string text) => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
