using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mud.Admin;

/// <summary>
/// The audit log of administration: who did what to whom, and when. Single grain, key 0, one request at a time
/// so entries are numbered in the order they happened. The entries live in segment grains of a fixed size and
/// only the newest <c>Mud:Audit:MaxEntries</c> are kept, so no stored state grows without limit.
/// </summary>
public interface IAuditLogGrain : IGrainWithIntegerKey
{
    /// <summary>Records an action, stamped with the time now and the next sequence number.</summary>
    Task<AuditEntry> AppendAsync(AuditRecord record);

    /// <summary>One page of the log, newest first; page 0 is the newest.</summary>
    [ReadOnly]
    Task<AuditPage> GetPageAsync(int page, int pageSize);
}

/// <summary>One block of consecutive audit entries (key: the segment number), stored as one row.</summary>
public interface IAuditSegmentGrain : IGrainWithIntegerKey
{
    Task AppendAsync(AuditEntry entry);

    [ReadOnly]
    Task<ImmutableArray<AuditEntry>> GetAsync();

    /// <summary>Forgets the segment (it fell out of the kept window).</summary>
    Task ClearAsync();
}

/// <summary>What an administrator did: <paramref name="Actor"/> (an account name) did <paramref name="Action"/> to <paramref name="Target"/>.</summary>
[GenerateSerializer, Immutable, Alias("AuditRecord")]
public sealed record AuditRecord(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Action,
    [property: Id(2)] string Target,
    [property: Id(3)] string Details = "");

/// <summary>A recorded action with its number and time.</summary>
[GenerateSerializer, Immutable, Alias("AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Action,
    [property: Id(4)] string Target,
    [property: Id(5)] string Details);

/// <summary>A page of the log, newest first, and how many entries are kept in all.</summary>
[GenerateSerializer, Immutable, Alias("AuditPage")]
public sealed record AuditPage(
    [property: Id(0)] ImmutableArray<AuditEntry> Entries,
    [property: Id(1)] long Total,
    [property: Id(2)] int Page,
    [property: Id(3)] int PageCount);
