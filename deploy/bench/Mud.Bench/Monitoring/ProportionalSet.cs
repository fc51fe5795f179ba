using System.Globalization;

namespace Mud.Bench.Monitoring;

/// <summary>
/// A process's proportional set size (PSS) from <c>/proc/&lt;pid&gt;/smaps_rollup</c>: its resident pages with
/// each shared page divided among the processes that map it. Three .NET processes map the same runtime and
/// framework files, which RSS counts three times; PSS summed over them counts those pages once.
/// </summary>
public static class ProportionalSet
{
    /// <summary>The <c>Pss:</c> figure of an smaps_rollup text, in KiB.</summary>
    public static long ParseKiB(string smapsRollup)
    {
        foreach (var line in smapsRollup.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("Pss:", StringComparison.Ordinal))
            {
                var value = line["Pss:".Length..].Trim();
                var end = value.IndexOf(' ');
                return long.Parse(end < 0 ? value : value[..end], NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        throw new FormatException("Not an smaps_rollup text: no Pss line.");
    }

    /// <summary>Reads a process's PSS in KiB, or 0 when it is gone or not ours to read.</summary>
    public static long ReadKiB(int pid)
    {
        try
        {
            return ParseKiB(File.ReadAllText($"/proc/{pid}/smaps_rollup"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
