using Mud.Oob;

namespace Mud.Sessions;

/// <summary>
/// What is stored for a session so a silo restart resumes it: where its output goes, who is logged in,
/// whom they puppet, and whether the next line is a password.
/// </summary>
public sealed class SessionState
{
    /// <summary>The front end's observer, as a grain id string (observer references are grain references).</summary>
    public string PortalObserver { get; set; } = "";
    public string PortalId { get; set; } = "";
    public string Protocol { get; set; } = "";
    public string RemoteAddress { get; set; } = "";
    public DateTimeOffset ConnectedAt { get; set; }

    /// <summary>
    /// The client's details (name, width, protocols) are never written for their own sake: they change often
    /// (window resizes), ride along with other writes, and the front end sends them again when it resumes.
    /// </summary>
    public string ClientName { get; set; } = "";
    public int Width { get; set; }

    /// <summary>The out-of-band protocols the connection speaks; none means the session never touches its subscription grain.</summary>
    public OobProtocols Oob { get; set; }

    /// <summary>The account key once logged in.</summary>
    public string? Account { get; set; }

    /// <summary>The session's number within its account (#1, #2...).</summary>
    public int Number { get; set; }

    /// <summary>The puppeted character's key, if any.</summary>
    public string? Puppet { get; set; }

    /// <summary>Set while the next line typed is the password for this account name.</summary>
    public string? AwaitingPasswordFor { get; set; }

    /// <summary>Set while the next line typed answers "are you sure?" for a command.</summary>
    public PendingConfirmation? PendingConfirmation { get; set; }
}

/// <summary>A command waiting for the player's "yes", with the arguments it was given.</summary>
public sealed record PendingConfirmation(string CommandKey, string Arguments);
