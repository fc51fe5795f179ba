using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Mud.Sessions;

/// <summary>
/// Sends one grain activation's output to sessions, with one push per front end however many sessions it
/// holds, or, for the session whose request is running, with the response (<see cref="ReplyAsync"/>).
/// Orleans does not promise that one-way messages arrive in the order they were sent, so each push
/// carries this sender's number and a count per front end, and the front end puts them back in order
/// (<see cref="OutputSequencer"/>): "Welcome" can no longer arrive after "You become Alice".
/// </summary>
public sealed class OutputSender
{
    // A new number per activation: a reactivated grain starts counting again, and the front end must not
    // mistake its first pushes for ones it has already seen.
    private readonly long _sender = Random.Shared.NextInt64(1, long.MaxValue);
    private readonly Dictionary<GrainId, long> _sentTo = [];
    private string? _replyTo;
    private List<SessionOutput>? _reply;

    /// <summary>
    /// Runs <paramref name="request"/> keeping what it sends <paramref name="session"/> to return with the
    /// request's response, rather than pushing it. The grain must not interleave requests, or another one's
    /// output to that session would join the reply (still delivered, but out of turn).
    /// </summary>
    public async Task<ImmutableArray<SessionOutput>> ReplyAsync(SessionAddress session, Func<Task> request)
    {
        _replyTo = session.SessionId;
        _reply = [];
        try
        {
            await request();
            return [.. _reply];
        }
        catch
        {
            // The caller gets the failure, not the reply: whatever was said before it is not lost.
            if (_reply.Count > 0)
            {
                Push(session.Portal, [.. _reply.Select(o => new Delivery([session.SessionId], o))]);
            }

            throw;
        }
        finally
        {
            _replyTo = null;
            _reply = null;
        }
    }

    /// <summary>Adds outputs to the reply being collected (another grain's answer to the same request).</summary>
    public void AddToReply(ImmutableArray<SessionOutput> outputs) => _reply?.AddRange(outputs);

    public void Send(SessionAddress session, SessionOutput output)
    {
        if (session.SessionId == _replyTo)
        {
            _reply!.Add(output);
            return;
        }

        Push(session.Portal, [new Delivery([session.SessionId], output)]);
    }

    /// <summary>Several outputs for one session in a single push.</summary>
    public void Send(SessionAddress session, IEnumerable<SessionOutput> outputs)
    {
        if (session.SessionId == _replyTo)
        {
            _reply!.AddRange(outputs);
            return;
        }

        Push(session.Portal, [.. outputs.Select(o => new Delivery([session.SessionId], o))]);
    }

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
            // One pass: the session whose request is running gets it in its reply, the others in one push.
            var ids = ImmutableArray.CreateBuilder<string>();
            foreach (var session in portal)
            {
                if (session.SessionId == _replyTo)
                {
                    _reply!.Add(output);
                }
                else
                {
                    ids.Add(session.SessionId);
                }
            }

            if (ids.Count > 0)
            {
                Push(portal.Key, [new Delivery(ids.DrainToImmutable(), output)]);
            }
        }
    }

    /// <summary>
    /// Pushes <paramref name="output"/> in its turn among this sender's pushes and completes once the front end has it.
    /// Never joins a reply being collected, so a request that interleaves with one may use it.
    /// </summary>
    public Task SendConfirmedAsync(SessionAddress session, SessionOutput output) =>
        session.Portal.DeliverConfirmedAsync(Numbered(session.Portal, [new Delivery([session.SessionId], output)]));

    private void Push(IPortalObserver portal, ImmutableArray<Delivery> deliveries) =>
        portal.DeliverAsync(Numbered(portal, deliveries)).Ignore();

    private OutputBatch Numbered(IPortalObserver portal, ImmutableArray<Delivery> deliveries)
    {
        ref var sent = ref CollectionsMarshal.GetValueRefOrAddDefault(_sentTo, ((GrainReference)portal).GrainId, out _);
        sent++;
        return new OutputBatch(deliveries, _sender, sent);
    }
}
