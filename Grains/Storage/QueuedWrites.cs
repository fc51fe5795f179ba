namespace Mud.Storage;

/// <summary>
/// Writes a grain's state one at a time. A grain whose methods may interleave (holders take objects while a
/// command of theirs awaits) must not start a second write while one is under way: both would carry the same
/// ETag and the second would fail. Each write stores the state as it is when its turn comes.
/// </summary>
public sealed class QueuedWrites<TState>(IPersistentState<TState> state)
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task WriteAsync(CancellationToken cancellation = default)
    {
        await _turn.WaitAsync(cancellation);
        try
        {
            await state.WriteStateAsync(cancellation);
        }
        finally
        {
            _turn.Release();
        }
    }

    public async Task ClearAsync()
    {
        await _turn.WaitAsync();
        try
        {
            await state.ClearStateAsync();
        }
        finally
        {
            _turn.Release();
        }
    }
}
