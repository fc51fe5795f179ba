namespace Mud.WebPortal.Services.Play;

/// <summary>Makes the game session of a browser circuit's play page.</summary>
public sealed class PlayConnectionFactory(IClusterClient client, WebPortalIdentity identity, WebPortalLink link, PlayConnections connections, ILogger<PlayConnection> logger)
{
    public PlayConnection Create() => new(client, identity, link, connections, logger);
}
