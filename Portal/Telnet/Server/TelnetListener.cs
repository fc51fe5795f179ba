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
public class TelnetListener(
    IOptions<TelnetOptions> options,
    IConfiguration configuration,
    PortalIdentity portal,
    IClusterClient client,
    ClusterLink link,
    MsspSource mssp,
    ConnectionRegistry connections,
    PortalMetrics metrics,
    ILoggerFactory loggers) : ConnectionListener<TelnetConnection>(connections, options, loggers.CreateLogger<TelnetListener>())
{
    private readonly ILogger _connectionLogger = loggers.CreateLogger<TelnetConnection>();

    protected override string Protocol => "Telnet";

    protected override IPEndPoint Endpoint => new(MudHost.BindAddress(configuration), Port);

    /// <summary>The port this listener takes from the settings.</summary>
    protected virtual int Port => Limits.Port;

    protected override async Task ServeAsync(Socket socket, string? refusal, CancellationToken stoppingToken)
    {
        if (await OpenStreamAsync(socket, stoppingToken) is not { } stream)
        {
            return;
        }

        if (refusal is not null)
        {
            await RefuseAsync(stream, refusal);
            return;
        }

        await RunAsync(new TelnetConnection(socket, stream, Limits, portal, client, link, mssp, metrics, _connectionLogger), stoppingToken);
    }

    private static async Task RefuseAsync(Stream stream, string refusal)
    {
        await using (stream)
        {
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(refusal + "\r\n")).AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
