using Microsoft.Extensions.Hosting;
using Mud.Portal.Cluster;
using Mud.Sessions;

namespace Mud.Tests.Portal.Cluster;

/// <summary>A connection that ignores output and notices: the tests look at what reaches the session grain.</summary>
internal sealed record QuietConnection(string SessionId, ClientDetails? Client) : ISessionConnection
{
    public bool IsOpened => true;

    public void Deliver(SessionOutput output)
    {
    }

    public void Notice(string markup)
    {
    }

    public void SessionLost()
    {
    }

    public bool AbandonStuckCall(long siloLost, TimeSpan age) => false;
}

/// <summary>An application that has started, so a link's heartbeat begins at once.</summary>
internal sealed class StartedApplication : IHostApplicationLifetime
{
    public CancellationToken ApplicationStarted => new(canceled: true);

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication()
    {
    }
}
