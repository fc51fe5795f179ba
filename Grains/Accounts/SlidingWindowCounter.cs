namespace Mud.Accounts;

/// <summary>Events within the last window of time, for limits such as "so many an hour". Not thread-safe (a grain's).</summary>
internal sealed class SlidingWindowCounter(TimeProvider clock)
{
    private readonly LinkedList<DateTimeOffset> _events = new();

    /// <summary>Counts one more event now, unless <paramref name="limit"/> happened within <paramref name="window"/>.</summary>
    public bool TryAdd(int limit, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        while (_events.First is { } oldest && now - oldest.Value >= window)
        {
            _events.RemoveFirst();
        }

        if (_events.Count >= limit)
        {
            return false;
        }

        _events.AddLast(now);
        return true;
    }

    /// <summary>Forgets the latest event (what it counted did not happen after all).</summary>
    public void RemoveLatest()
    {
        if (_events.Count > 0)
        {
            _events.RemoveLast();
        }
    }
}
