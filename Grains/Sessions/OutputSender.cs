using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Mud.Sessions;

/// <summary>
/// Sends one grain activation's output to sessions, with one push per front end however many sessions it
/// holds. Orleans does not promise that one-way messages arrive in the order they were sent, so each push
/// carries this sender's number and a count per front end, and the front end puts them back in order
/// (<see cref="OutputSequencer"/>): "Welcome" can no longer arrive after "You become Alice".
/// </summary>
public sealed class OutputSender
{
    // A new number per activation: a reactivated grain starts counting again, and the front end must not
    // mistake its first pushes for ones it has already seen.
    private readonly long _sender = Random.Shared.NextInt64(1, long.MaxValue);
    private readonly Dictionary<GrainId, long> _sentTo = [];

    public void Send(SessionAddress session, SessionOutput output) => Push(session.Portal, [new Delivery([session.SessionId], output)]);

    /// <summary>Several outputs for one session in a single push.</summary>
    public void Send(SessionAddress session, IEnumerable<SessionOutput> outputs) =>
        Push(session.Portal, [.. outputs.Select(o => new Delivery([session.SessionId], o))]);

    public void Send(IEnumerable<SessionAddress> sessions, SessionOutput output)
    {
        // Most output goes to one session (a command's reply): skip the grouping.
        if (sessions is IReadOnlyList<SessionAddress> { Count: 1 } one)
        {
            Send(one[0], output);
            return;
        }

        foreach (var portal in sessions.GroupBy(s => s.Portal))
        {
            Push(portal.Key, [new Delivery([.. portal.Select(s => s.SessionId)], output)]);
        }
    }

    private void Push(IPortalObserver portal, ImmutableArray<Delivery> deliveries)
    {
        ref var sent = ref CollectionsMarshal.GetValueRefOrAddDefault(_sentTo, ((GrainReference)portal).GrainId, out _);
        sent++;
        portal.DeliverAsync(new OutputBatch(deliveries, _sender, sent)).Ignore();
    }
}
