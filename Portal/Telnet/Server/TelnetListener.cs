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
    ILoggerFactory loggers) : ConnectionListener<TelnetConnection>(connections, loggers.CreateLogger<TelnetListener>())
{
    private const string FullNotice = "The game is full right now. Please try again later.";
    private readonly ILogger _connectionLogger = loggers.CreateLogger<TelnetConnection>();

    protected override string Protocol => "Telnet";

    protected override IPEndPoint Endpoint => new(MudHost.BindAddress(configuration), Port);

    /// <summary>The port this listener takes from the settings.</summary>
    protected virtual int Port => Settings.Port;

    protected TelnetOptions Settings => options.Value;

    protected override async Task ServeAsync(Socket socket, CancellationToken stoppingToken)
    {
        if (await OpenStreamAsync(socket, stoppingToken) is not { } stream)
        {
            return;
        }

        if (Connections.Count >= options.Value.MaxConnections)
        {
            await RefuseAsync(stream);
            return;
        }

        await RunAsync(new TelnetConnection(socket, stream, options.Value, portal, client, link, mssp, metrics, _connectionLogger), stoppingToken);
    }

    private static async Task RefuseAsync(Stream stream)
    {
        await using (stream)
        {
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(FullNotice + "\r\n")).AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
