using System.Collections.Concurrent;
using Mud.Sessions;
using Mud.Text;

namespace Mud.Tests.Grains;

/// <summary>A stand-in front end: records what grains push to each session and lets a test await a line.</summary>
public sealed class RecordingPortal : IPortalObserver
{
    private readonly ConcurrentDictionary<string, List<SessionOutput>> _received = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task DeliverAsync(OutputBatch batch)
    {
        lock (_gate)
        {
            foreach (var delivery in batch.Deliveries)
            {
                foreach (var id in delivery.SessionIds)
                {
                    _received.GetOrAdd(id, _ => []).Add(delivery.Output);
                }
            }

            _changed.TrySetResult();
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return Task.CompletedTask;
    }

    public Task DeliverConfirmedAsync(OutputBatch batch) => DeliverAsync(batch);

    /// <summary>The plain text of everything a session has received so far.</summary>
    public IReadOnlyList<string> TextOf(string sessionId)
    {
        lock (_gate)
        {
            return TextOfUnlocked(sessionId);
        }
    }

    public async Task<string> WaitForAsync(string sessionId, string fragment, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (TextOfUnlocked(sessionId).FirstOrDefault(t => t.Contains(fragment, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Session {sessionId} never received \"{fragment}\". It got:\n{string.Join("\n", TextOf(sessionId))}");
            }
        }
    }

    private List<string> TextOfUnlocked(string sessionId) => _received.TryGetValue(sessionId, out var outputs)
        ? [.. outputs.Select(o => o switch { TextOutput t => Markup.Strip(t.Markup), PromptOutput p => Markup.Strip(p.Markup), DisconnectOutput d => Markup.Strip(d.Markup), _ => o.ToString() ?? "" })]
        : [];

    public void Forget(string sessionId)
    {
        lock (_gate)
        {
            _received.TryRemove(sessionId, out _);
        }
    }
}
