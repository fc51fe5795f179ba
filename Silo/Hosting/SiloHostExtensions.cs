using System.Net;
using Microsoft.Extensions.Configuration;
using Mud.Hosting;
using Mud.Silo.Storage;
using Orleans.Configuration;

namespace Mud.Silo.Hosting;

public static class SiloHostExtensions
{
    /// <summary>
    /// Cluster identity and membership: the embedded default is a single silo with localhost clustering;
    /// on PostgreSQL, membership lives in the database so any number of silos can join.
    /// </summary>
    public static ISiloBuilder UseMudClustering(this ISiloBuilder silo, IConfiguration configuration, StorageOptions storage)
    {
        var endpoint = configuration.GetSection(SiloEndpointOptions.Section).Get<SiloEndpointOptions>() ?? new SiloEndpointOptions();
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = endpoint.ClusterId;
            o.ServiceId = endpoint.ServiceId;
        });

        if (storage.Provider == StorageProvider.Sqlite)
        {
            return silo.UseLocalhostClustering(endpoint.Port, endpoint.GatewayPort, null, endpoint.ServiceId, endpoint.ClusterId);
        }

        var address = MudHost.BindAddress(configuration);
        silo.ConfigureEndpoints(address.Equals(IPAddress.Any) ? IPAddress.Loopback : address, endpoint.Port, endpoint.GatewayPort, listenOnAnyHostAddress: address.Equals(IPAddress.Any));
        return silo.UseMudPostgresClustering(storage);
    }
}
