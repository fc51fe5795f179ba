namespace Mud.Portal.Cluster;

/// <summary>
/// The time limit on one connection's sends, so that a client that stops reading cannot hold its write loop for
/// ever. One timer serves the connection's whole life, and it is started only for a send that has to wait: almost
/// every send completes at once (the kernel takes the bytes), and a timer and token source made for each one were
/// an eighth of what the Portal allocated per command. Sends of one connection run one at a time (its write loop).
/// </summary>
public sealed class SendDeadline(TimeSpan timeout) : IDisposable
{
    private CancellationTokenSource _clock = new();

    /// <summary>Runs one send; false when it did not finish within the timeout (the client stopped reading).</summary>
    public async ValueTask<bool> RunAsync<TState>(Func<TState, CancellationToken, ValueTask> send, TState state)
    {
        var sending = send(state, _clock.Token);
        if (sending.IsCompletedSuccessfully)
        {
            return true;
        }

        _clock.CancelAfter(timeout);
        try
        {
            await sending;
            return true;
        }
        catch (OperationCanceledException) when (_clock.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            // Stops the timer for the next send; a source that has fired cannot be reused.
            if (!_clock.TryReset())
            {
                _clock.Dispose();
                _clock = new CancellationTokenSource();
            }
        }
    }

    public void Dispose() => _clock.Dispose();
}
