namespace Mud.Sessions;

/// <summary>
/// A front end's observer: receives the output grains push and hands each message, in the order its sender sent it
/// (<see cref="OutputSequencer"/>), to the connection of its session. Each front end says how to find that connection.
/// </summary>
public abstract class SequencedPortalObserver(Action<string, SessionOutput> deliverToSession, TimeProvider clock) : IPortalObserver, IDisposable
{
    private readonly OutputSequencer _sequencer = new(deliverToSession, clock);

    public Task DeliverAsync(OutputBatch batch)
    {
        _sequencer.Receive(batch);
        return Task.CompletedTask;
    }

    public Task DeliverConfirmedAsync(OutputBatch batch)
    {
        _sequencer.ReceiveNow(batch);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _sequencer.Dispose();
        GC.SuppressFinalize(this);
    }
}
