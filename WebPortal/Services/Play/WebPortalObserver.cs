using Mud.Sessions;

namespace Mud.WebPortal.Services.Play;

/// <summary>Receives output pushed by grains and hands each message to the browser circuit playing that session.</summary>
public sealed class WebPortalObserver(PlayConnections connections) : IPortalObserver
{
    public Task DeliverAsync(OutputBatch batch)
    {
        foreach (var delivery in batch.Deliveries)
        {
            foreach (var sessionId in delivery.SessionIds)
            {
                connections.Find(sessionId)?.Deliver(delivery.Output);
            }
        }

        return Task.CompletedTask;
    }
}
