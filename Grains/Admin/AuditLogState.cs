namespace Mud.Admin;

/// <summary>What is stored for the audit log itself: the number the next entry gets. The entries are in the segments.</summary>
public sealed class AuditLogState
{
    public long Next { get; set; }
}

/// <summary>What is stored for one segment of the audit log.</summary>
public sealed class AuditSegmentState
{
    public List<AuditEntry> Entries { get; set; } = [];
}
