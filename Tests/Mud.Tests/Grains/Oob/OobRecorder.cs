using System.Diagnostics;
using Mud.Oob;
using Mud.Sessions;

namespace Mud.Tests.Grains.Oob;

/// <summary>
/// A front end for grain tests that records out-of-band output per session, with when it arrived, and hands
/// everything on to a <see cref="RecordingPortal"/> so the text side can be awaited as usual.
/// </summary>
public sealed class OobRecorder(RecordingPortal text) : IPortalObserver
{
    private readonly Dictionary<string, List<Received>> _received = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task DeliverAsync(OutputBatch batch)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            foreach (var delivery in batch.Deliveries)
            {
                if (delivery.Output is OobOutput oob)
                {
                    foreach (var id in delivery.SessionIds)
                    {
                        (_received.TryGetValue(id, out var list) ? list : _received[id] = []).Add(new Received(oob.Protocol, oob.Message, now));
                    }
                }
            }

            _changed.TrySetResult();
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        await text.DeliverAsync(batch);
    }

    public Task DeliverConfirmedAsync(OutputBatch batch) => DeliverAsync(batch);

    /// <summary>Everything a session got in <paramref name="protocol"/> so far.</summary>
    public IReadOnlyList<Received> Of(string sessionId, OobProtocol protocol)
    {
        lock (_gate)
        {
            return _received.TryGetValue(sessionId, out var list) ? [.. list.Where(r => r.Protocol == protocol)] : [];
        }
    }

    /// <summary>Waits until a session has had <paramref name="count"/> messages matching <paramref name="match"/>; returns them.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(
        string sessionId, OobProtocol protocol, Func<OobMessage, bool> match, string expected, int count = 1, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var found = Of(sessionId, protocol).Where(r => match(r.Message)).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                var got = string.Join("\n", Of(sessionId, protocol).Select(r => Describe(r.Message)));
                throw new TimeoutException($"Session {sessionId} never received {count} x {expected} in {protocol}. It got:\n{got}");
            }
        }
    }

    public static string Describe(OobMessage message) =>
        $"{message.Name} [{string.Join(", ", message.Args.Select(a => a.AsText()))}] {{{string.Join(", ", message.Kwargs.Select(k => $"{k.Name}: {k.Value.AsText()}"))}}}";

    public sealed record Received(OobProtocol Protocol, OobMessage Message, long Timestamp);
}
