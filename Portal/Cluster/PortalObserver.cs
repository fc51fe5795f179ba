using Mud.Sessions;

namespace Mud.Portal.Cluster;

/// <summary>Hands the output grains push, in the order it was sent, to the telnet or WebSocket connection of its session.</summary>
public sealed class PortalObserver(ConnectionRegistry connections, TimeProvider clock)
    : SequencedPortalObserver((sessionId, output) => connections.Find(sessionId)?.Deliver(output), clock);
