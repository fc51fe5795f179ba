using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Hosting;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;
using Mud.Portal.Mssp;
using Mud.Portal.Operations;

namespace Mud.Portal.Telnet.Server;

/// <summary>Accepts telnet clients on <c>Mud:Telnet:Port</c>, up to <c>Mud:Telnet:MaxConnections</c> in all.</summary>
public sealed class TelnetListener(
    IOptions<TelnetOptions> options,
    IConfiguration configuration,
    PortalIdentity portal,
    IClusterClient client,
    ClusterLink link,
    MsspSource mssp,
    ConnectionRegistry connections,
    PortalMetrics metrics,
    ILoggerFactory loggers) : ConnectionListener<TelnetConnection>("Telnet", connections, options, loggers.CreateLogger<TelnetListener>())
{
    private readonly ILogger _connectionLogger = loggers.CreateLogger<TelnetConnection>();

    protected override IPEndPoint Endpoint => new(MudHost.BindAddress(configuration), Limits.Port);

    protected override async Task ServeAsync(Socket socket, string? refusal, CancellationToken stoppingToken)
    {
        if (refusal is not null)
        {
            await RefuseAsync(socket, refusal);
            return;
        }

        await RunAsync(new TelnetConnection(socket, Limits, portal, client, link, mssp, metrics, _connectionLogger), stoppingToken);
    }

    private static async Task RefuseAsync(Socket socket, string refusal)
    {
        using (socket)
        {
            await socket.SendAsync(System.Text.Encoding.ASCII.GetBytes(refusal + "\r\n"), SocketFlags.None).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
