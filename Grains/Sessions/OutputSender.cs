using System.Collections.Immutable;

namespace Mud.Sessions;

/// <summary>Sends output to sessions with one push per front end, however many sessions it holds.</summary>
public static class OutputSender
{
    public static void Send(SessionAddress session, SessionOutput output) =>
        session.Portal.DeliverAsync(new OutputBatch([new Delivery([session.SessionId], output)])).Ignore();

    public static void Send(IEnumerable<SessionAddress> sessions, SessionOutput output)
    {
        // Most output goes to one session (a command's reply): skip the grouping.
        if (sessions is IReadOnlyList<SessionAddress> { Count: 1 } one)
        {
            Send(one[0], output);
            return;
        }

        foreach (var portal in sessions.GroupBy(s => s.Portal))
        {
            var ids = portal.Select(s => s.SessionId).ToImmutableArray();
            portal.Key.DeliverAsync(new OutputBatch([new Delivery(ids, output)])).Ignore();
        }
    }
}
