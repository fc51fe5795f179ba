using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;
using Mud.Portal.Mssp;
using Mud.Portal.Operations;

namespace Mud.Portal.Telnet.Server;

/// <summary>
/// Telnet over TLS on <c>Mud:Telnet:TlsPort</c> (Mudlet's "Secure" box, tintin++'s <c>#ssl</c>): the same
/// game as the plain port, with the certificate of <see cref="PortalCertificate"/>.
/// </summary>
public sealed class TelnetTlsListener(
    IOptions<TelnetOptions> options,
    IConfiguration configuration,
    PortalIdentity portal,
    IClusterClient client,
    ClusterLink link,
    MsspSource mssp,
    ConnectionRegistry connections,
    PortalMetrics metrics,
    PortalCertificate certificate,
    ILoggerFactory loggers) : TelnetListener(options, configuration, portal, client, link, mssp, connections, metrics, loggers)
{
    protected override string Protocol => "Telnet TLS";

    protected override int Port => Limits.TlsPort;

    protected override PortalCertificate Certificate => certificate;
}
