using System.Globalization;
using Mud.Sessions;

namespace Mud.WebPortal.Services.Play;

/// <summary>This WebPortal process in the cluster: its id, its one output observer, and fresh session ids.</summary>
public sealed class WebPortalIdentity
{
    private readonly Lazy<IPortalObserver> _observer;
    private long _sessions;

    public WebPortalIdentity(IClusterClient client, WebPortalObserver observer)
    {
        // The reference can only be made once the client has connected, so not in the constructor.
        _observer = new(() => client.CreateObjectReference<IPortalObserver>(observer));
    }

    public string Id { get; } = "web-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The reference grains push output to; valid for the life of this process, across silo restarts.</summary>
    public IPortalObserver Observer => _observer.Value;

    public string NewSessionId() => Id + "-" + Interlocked.Increment(ref _sessions).ToString(CultureInfo.InvariantCulture);
}
