using Mud.Sessions;

namespace Mud.WebPortal.Services.Play;

/// <summary>Receives output pushed by grains and hands each message, in the order it was sent, to the browser circuit playing that session.</summary>
public sealed class WebPortalObserver(PlayConnections connections, TimeProvider clock) : IPortalObserver, IDisposable
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
