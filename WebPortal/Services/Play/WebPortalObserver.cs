using Mud.Sessions;

namespace Mud.WebPortal.Services.Play;

/// <summary>Hands the output grains push, in the order it was sent, to the browser circuit playing its session.</summary>
public sealed class WebPortalObserver(PlayConnections connections, TimeProvider clock)
    : SequencedPortalObserver((sessionId, output) => connections.Find(sessionId)?.Deliver(output), clock);
