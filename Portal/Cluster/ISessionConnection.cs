using Mud.Sessions;

namespace Mud.Portal.Cluster;

/// <summary>A client connection as the cluster side of the Portal sees it.</summary>
public interface ISessionConnection
{
    string SessionId { get; }

    /// <summary>Whether the session has been opened in the cluster (so it can be resumed).</summary>
    bool IsOpened { get; }

    /// <summary>
    /// What the Portal last learned about the client, if anything. The session grain keeps it in memory only,
    /// so it is sent again whenever the session is resumed or opened anew.
    /// </summary>
    ClientDetails? Client { get; }

    /// <summary>Queues output from the game for the client.</summary>
    void Deliver(SessionOutput output);

    /// <summary>A message from the Portal itself (the game is restarting, and back).</summary>
    void Notice(string markup);

    /// <summary>The cluster no longer knows the session (it closed it): tell the player and open it again.</summary>
    void SessionLost();

    /// <summary>A silo died: give up on a call that is stuck since (see <see cref="SessionPump.AbandonIfStuck"/>).</summary>
    bool AbandonStuckCall(long siloLost, TimeSpan age);
}
