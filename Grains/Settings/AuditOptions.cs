using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>The audit log of administration (configuration section <c>Mud:Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string Section = "Mud:Audit";

    /// <summary>Entries per stored segment (one database row each).</summary>
    public const int SegmentSize = 100;

    /// <summary>How many of the newest entries are kept; older ones are dropped a segment at a time.</summary>
    [Range(SegmentSize, 10_000_000)]
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Segments kept: enough to hold <see cref="MaxEntries"/>, plus the one being filled.</summary>
    public int KeptSegments => (MaxEntries + SegmentSize - 1) / SegmentSize + 1;
}
