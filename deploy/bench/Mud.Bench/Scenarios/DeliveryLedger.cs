using System.Collections.Concurrent;

namespace Mud.Bench.Scenarios;

/// <summary>
/// Which listener has read which message, for a channel with many listeners: each message is expected once by
/// every listener. The first copy a listener reads is a delivery, timed from the send; a second copy is a
/// duplicate; a listener that never reads it is a missing delivery. Safe to use from every client loop at once.
/// </summary>
public sealed class DeliveryLedger(int listeners)
{
    private readonly ConcurrentDictionary<string, Message> _messages = new(StringComparer.Ordinal);
    private int _duplicates;
    private int _outstanding;

    /// <summary>How many listeners each message should reach.</summary>
    public int Listeners => listeners;

    /// <summary>Copies read a second (or later) time by the same listener.</summary>
    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>Deliveries still missing: for each message sent, the listeners that have not read it.</summary>
    public int Missing => _messages.Values.Sum(m => m.Missing);

    /// <summary>Messages that some listener has still to read.</summary>
    public int Outstanding => Volatile.Read(ref _outstanding);

    public int Sent => _messages.Count;

    /// <summary>Records a message as sent at <paramref name="timestamp"/>, before it goes on the wire.</summary>
    public void Send(string token, long timestamp)
    {
        if (listeners > 0 && _messages.TryAdd(token, new Message(timestamp, listeners)))
        {
            Interlocked.Increment(ref _outstanding);
        }
    }

    /// <summary>
    /// A listener read the message <paramref name="token"/>. Returns the time it was sent when this is the listener's
    /// first copy; null for a duplicate (counted) or a message nobody sent in this run.
    /// </summary>
    public long? Read(int listener, string token)
    {
        if (!_messages.TryGetValue(token, out var message))
        {
            return null;
        }

        switch (message.Heard(listener))
        {
            case Hearing.First:
                return message.SentAt;
            case Hearing.Last:
                Interlocked.Decrement(ref _outstanding);
                return message.SentAt;
            default:
                Interlocked.Increment(ref _duplicates);
                return null;
        }
    }

    /// <summary>Waits until every message sent has reached every listener, or <paramref name="timeout"/> passes.</summary>
    public async Task<bool> AllReadAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Outstanding > 0 && DateTime.UtcNow < deadline && !cancellation.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellation).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return Outstanding == 0;
    }

    private enum Hearing
    {
        First,
        Last,
        Again,
    }

    private sealed class Message(long sentAt, int listeners)
    {
        private readonly HashSet<int> _heard = [];

        public long SentAt => sentAt;

        public int Missing
        {
            get
            {
                lock (_heard)
                {
                    return listeners - _heard.Count;
                }
            }
        }

        public Hearing Heard(int listener)
        {
            lock (_heard)
            {
                return !_heard.Add(listener) ? Hearing.Again : _heard.Count == listeners ? Hearing.Last : Hearing.First;
            }
        }
    }
}
