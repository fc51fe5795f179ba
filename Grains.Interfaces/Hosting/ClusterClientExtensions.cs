using System.Net;
using Microsoft.Extensions.Configuration;

namespace Mud.Hosting;

public static class ClusterClientExtensions
{
    /// <summary>
    /// Connects a front end (Portal, WebPortal) to the silos named by <c>Mud:Silo</c>, retrying for ever
    /// at a steady one-second pace: a front end outlives silo restarts.
    /// </summary>
    public static IClientBuilder UseMudCluster(this IClientBuilder client, IConfiguration configuration)
    {
        var endpoint = configuration.GetSection(SiloEndpointOptions.Section).Get<SiloEndpointOptions>() ?? new SiloEndpointOptions();
        var address = MudHost.BindAddress(configuration);
        var gateway = address.Equals(IPAddress.Any) ? IPAddress.Loopback : address;
        client.UseStaticClustering(new IPEndPoint(gateway, endpoint.GatewayPort));
        client.Configure<Orleans.Configuration.ClusterOptions>(o =>
        {
            o.ClusterId = endpoint.ClusterId;
            o.ServiceId = endpoint.ServiceId;
        });
        client.UseConnectionRetryFilter(async (_, cancellation) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
            return true;
        });
        return client;
    }
}
