using Mud.Sessions;

namespace Mud.Portal.Cluster;

/// <summary>Receives output pushed by grains and hands each message, in the order it was sent, to its connection.</summary>
public sealed class PortalObserver(ConnectionRegistry connections, TimeProvider clock) : IPortalObserver, IDisposable
{
    private readonly OutputSequencer _sequencer = new((sessionId, output) => connections.Find(sessionId)?.Deliver(output), clock);

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

    public void Dispose() => _sequencer.Dispose();
}
