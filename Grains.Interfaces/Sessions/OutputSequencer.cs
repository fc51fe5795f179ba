namespace Mud.Sessions;

/// <summary>
/// A front end's side of <see cref="OutputBatch.Sequence"/>: hands each sender's batches on in the order they
/// were sent. A batch that arrives early waits for the ones before it, but never longer than
/// <see cref="GapWait"/>: a push lost with a failed silo must not silence its sender for good.
/// </summary>
public sealed class OutputSequencer : IDisposable
{
    /// <summary>How long an early batch waits for a missing one; reordered pushes arrive within milliseconds.</summary>
    public static readonly TimeSpan GapWait = TimeSpan.FromSeconds(1);

    // A sender quiet this long is forgotten; if it speaks again, its next batch waits GapWait once at most.
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    private readonly Action<string, SessionOutput> _deliverToSession;
    private readonly TimeProvider _clock;
    private readonly Dictionary<long, SenderStream> _senders = [];
    private readonly Lock _gate = new();
    private readonly ITimer _sweeper;

    public OutputSequencer(Action<string, SessionOutput> deliverToSession, TimeProvider clock)
    {
        _deliverToSession = deliverToSession;
        _clock = clock;
        _sweeper = clock.CreateTimer(_ => Sweep(), null, GapWait / 4, GapWait / 4);
    }

    public void Receive(OutputBatch batch) => Receive(batch, senderWaits: false);

    /// <summary>
    /// Hands <paramref name="batch"/> on now, with whatever of its sender's is held before it, rather than waiting
    /// for a gap: its sender is waiting for the front end to have it (a confirmed notice, before the game stops).
    /// What was missing arrives late, as after <see cref="GapWait"/>.
    /// </summary>
    public void ReceiveNow(OutputBatch batch) => Receive(batch, senderWaits: true);

    private void Receive(OutputBatch batch, bool senderWaits)
    {
        if (batch.Sequence == 0)
        {
            Deliver(batch);
            return;
        }

        // Delivering under the lock keeps a sweep and an arrival from handing on one sender's batches interleaved.
        lock (_gate)
        {
            if (!_senders.TryGetValue(batch.Sender, out var stream))
            {
                stream = new SenderStream();
                _senders.Add(batch.Sender, stream);
            }

            var now = _clock.GetTimestamp();
            stream.LastHeard = now;
            if (batch.Sequence < stream.Next)
            {
                // It came after its wait ran out: late is better than lost.
                Deliver(batch);
            }
            else if (batch.Sequence == stream.Next)
            {
                Deliver(batch);
                stream.Next++;
                DeliverReady(stream);
            }
            else if (senderWaits)
            {
                stream.Held.Add(batch.Sequence, batch);
                while (stream.Held.Count > 0 && stream.Held.Keys[0] <= batch.Sequence)
                {
                    SkipToHeld(stream);
                }
            }
            else
            {
                if (stream.Held.Count == 0)
                {
                    stream.WaitingSince = now;
                }

                stream.Held.Add(batch.Sequence, batch);
            }
        }
    }

    /// <summary>Gives up on gaps older than <see cref="GapWait"/> and forgets senders long quiet.</summary>
    public void Sweep()
    {
        lock (_gate)
        {
            List<long>? quiet = null;
            foreach (var (sender, stream) in _senders)
            {
                if (stream.Held.Count > 0 && _clock.GetElapsedTime(stream.WaitingSince) >= GapWait)
                {
                    SkipToHeld(stream);
                }
                else if (stream.Held.Count == 0 && _clock.GetElapsedTime(stream.LastHeard) >= ForgetAfter)
                {
                    (quiet ??= []).Add(sender);
                }
            }

            foreach (var sender in quiet ?? [])
            {
                _senders.Remove(sender);
            }
        }
    }

    public void Dispose() => _sweeper.Dispose();

    private void Deliver(OutputBatch batch)
    {
        foreach (var delivery in batch.Deliveries)
        {
            foreach (var sessionId in delivery.SessionIds)
            {
                _deliverToSession(sessionId, delivery.Output);
            }
        }
    }

    // Gives up on the gap before the first held batch.
    private void SkipToHeld(SenderStream stream)
    {
        stream.Next = stream.Held.Keys[0];
        DeliverReady(stream);
    }

    private void DeliverReady(SenderStream stream)
    {
        while (stream.Held.Remove(stream.Next, out var ready))
        {
            Deliver(ready);
            stream.Next++;
        }

        stream.WaitingSince = _clock.GetTimestamp();
    }

    private sealed class SenderStream
    {
        public long Next { get; set; } = 1;

        public SortedList<long, OutputBatch> Held { get; } = [];

        public long LastHeard { get; set; }

        public long WaitingSince { get; set; }
    }
}
