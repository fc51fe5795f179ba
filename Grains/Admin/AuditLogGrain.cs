using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Mud.Settings;

namespace Mud.Admin;

[GrainType("audit")]
public sealed class AuditLogGrain(
    [PersistentState("audit", "store")] IPersistentState<AuditLogState> log,
    IOptions<AuditOptions> options,
    TimeProvider clock) : Grain, IAuditLogGrain
{
    private const int Size = AuditOptions.SegmentSize;

    private long Next => log.State.Next;

    /// <summary>The oldest sequence number still kept: whole segments, the current one included.</summary>
    private long Oldest => Math.Max(0, (Next / Size - (options.Value.KeptSegments - 1)) * Size);

    public async Task<AuditEntry> AppendAsync(AuditRecord record)
    {
        var entry = new AuditEntry(Next, clock.GetUtcNow(), record.Actor, record.Action, record.Target, record.Details);
        await Segment(entry.Sequence / Size).AppendAsync(entry);
        log.State.Next = entry.Sequence + 1;
        await log.WriteStateAsync();

        // A segment that starts now pushes the oldest one out of the kept window.
        var dropped = entry.Sequence / Size - options.Value.KeptSegments;
        if (entry.Sequence % Size == 0 && dropped >= 0)
        {
            await Segment(dropped).ClearAsync();
        }

        return entry;
    }

    public async Task<AuditPage> GetPageAsync(int page, int pageSize)
    {
        pageSize = Math.Clamp(pageSize, 1, 500);
        var total = Next - Oldest;
        var pageCount = (int)Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Max(0, page);
        var newest = Next - 1 - (long)page * pageSize;
        var oldest = Math.Max(Oldest, newest - pageSize + 1);
        if (newest < oldest)
        {
            return new AuditPage([], total, page, pageCount);
        }

        var entries = new List<AuditEntry>();
        for (var segment = newest / Size; segment >= oldest / Size; segment--)
        {
            entries.AddRange((await Segment(segment).GetAsync()).Where(e => e.Sequence >= oldest && e.Sequence <= newest));
        }

        return new AuditPage([.. entries.OrderByDescending(e => e.Sequence)], total, page, pageCount);
    }

    private IAuditSegmentGrain Segment(long number) => GrainFactory.GetGrain<IAuditSegmentGrain>(number);
}

[GrainType("auditsegment")]
public sealed class AuditSegmentGrain([PersistentState("auditsegment", "store")] IPersistentState<AuditSegmentState> segment)
    : Grain, IAuditSegmentGrain
{
    public async Task AppendAsync(AuditEntry entry)
    {
        // The log grain retries an append whose reply it lost; the same number is written once.
        if (segment.State.Entries.Any(e => e.Sequence == entry.Sequence))
        {
            return;
        }

        segment.State.Entries.Add(entry);
        await segment.WriteStateAsync();
    }

    public Task<ImmutableArray<AuditEntry>> GetAsync() => Task.FromResult(segment.State.Entries.ToImmutableArray());

    public async Task ClearAsync()
    {
        if (segment.RecordExists)
        {
            await segment.ClearStateAsync();
        }

        DeactivateOnIdle();
    }
}
