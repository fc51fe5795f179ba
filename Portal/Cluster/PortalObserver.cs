using Mud.Sessions;

namespace Mud.Portal.Cluster;

/// <summary>Receives output pushed by grains and hands each message to its connections.</summary>
public sealed class PortalObserver(ConnectionRegistry connections) : IPortalObserver
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
