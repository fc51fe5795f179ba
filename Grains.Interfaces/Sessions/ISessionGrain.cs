namespace Mud.Sessions;

/// <summary>
/// One client connection's game side: its login state, account and puppet. Keyed by a session id the
/// front end makes. Persisted, so a silo restart resumes the session where it was.
/// </summary>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Starts the session and shows the connection screen.</summary>
    Task OpenAsync(SessionOpening opening);

    /// <summary>Runs one line the player typed.</summary>
    Task InputAsync(string line);

    /// <summary>
    /// Logs an open session in to an account its front end has already authenticated (the web site's login
    /// cookie), then carries on as after <c>connect</c>: the welcome, and the puppet if the settings say so.
    /// Returns false when there is no such account.
    /// </summary>
    Task<bool> LogInVerifiedAsync(string accountName);

    /// <summary>Records what negotiation learned about the client.</summary>
    Task UpdateClientAsync(ClientDetails client);

    /// <summary>
    /// Re-attaches a session after the cluster lost its in-memory state (a silo restart): output routing,
    /// puppet presence. Returns false when the session is unknown, so the front end should open it anew.
    /// </summary>
    Task<bool> ResumeAsync(IPortalObserver portal);

    /// <summary>The connection is gone: leave the game and forget the session.</summary>
    Task CloseAsync();
}
