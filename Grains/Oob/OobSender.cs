using Mud.Sessions;

namespace Mud.Oob;

/// <summary>Sends several messages to one session in a single push, so a burst of changed values costs one call.</summary>
internal static class OobSender
{
    public static void Send(SessionAddress session, IReadOnlyCollection<SessionOutput> outputs) =>
        session.Portal.DeliverAsync(new OutputBatch([.. outputs.Select(o => new Delivery([session.SessionId], o))])).Ignore();
}
