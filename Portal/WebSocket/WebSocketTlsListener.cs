using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;

namespace Mud.Portal.WebSocket;

/// <summary>The JSON WebSocket over TLS (<c>wss://</c>) on <c>Mud:WebSocket:TlsPort</c>, with the certificate of <see cref="PortalCertificate"/>.</summary>
public sealed class WebSocketTlsListener(
    IOptions<WebSocketOptions> options,
    IOptions<TelnetOptions> limits,
    IConfiguration configuration,
    PortalIdentity portal,
    IClusterClient client,
    ClusterLink link,
    ConnectionRegistry connections,
    PortalCertificate certificate,
    ILoggerFactory loggers) : WebSocketListener(options, limits, configuration, portal, client, link, connections, loggers)
{
    protected override string Protocol => "WebSocket TLS";

    protected override int Port => Settings.TlsPort;

    protected override PortalCertificate Certificate => certificate;
}
