using System.Net;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace Mud.Hosting;

public static class ClusterClientExtensions
{
    /// <summary>Connection pool cap for a front end's membership reads: it only polls the gateway list.</summary>
    private const int ClientPoolSize = 4;

    /// <summary>
    /// Connects a front end (Portal, WebPortal) to the silos named by <c>Mud:Silo</c>, retrying for ever
    /// at a steady one-second pace: a front end outlives silo restarts.
    /// <list type="bullet">
    /// <item>Embedded storage (one silo): the two gateway ports on loopback that the silo takes turns on across reloads
    /// (<c>Mud:Silo:GatewayPort</c> and <c>Mud:Silo:HandoverGatewayPort</c>); Orleans marks the one not listening as
    /// dead and sends through the other.</item>
    /// <item><c>Mud:Storage:Provider = PostgreSql</c>: every live silo's gateway, read from the membership table,
    /// so the front end fails over to the survivors when a silo dies.</item>
    /// </list>
    /// With <c>Mud:Orleans:Tls:CertificateFile</c> set, the connection is TLS with the cluster's certificate.
    /// </summary>
    public static IClientBuilder UseMudCluster(this IClientBuilder client, IConfiguration configuration)
    {
        var endpoint = configuration.GetSection(SiloEndpointOptions.Section).Get<SiloEndpointOptions>() ?? new SiloEndpointOptions();
        var failover = configuration.GetSection(ClusterFailoverOptions.Section).Get<ClusterFailoverOptions>() ?? new ClusterFailoverOptions();
        if (UsesPostgres(configuration))
        {
            var connectionString = configuration["Mud:Storage:ConnectionString"];
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Mud:Storage:ConnectionString must be set when Mud:Storage:Provider is PostgreSql.");
            }

            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = WithPoolCap(connectionString);
            });
        }
        else
        {
            // The embedded silo listens on loopback only.
            client.UseStaticClustering([.. endpoint.EmbeddedGatewayPorts().Select(port => new IPEndPoint(IPAddress.Loopback, port))]);
        }

        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = endpoint.ClusterId;
            o.ServiceId = endpoint.ServiceId;
        });
        client.UseMudTls(configuration);
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(failover.GatewayListRefreshSeconds));
        client.UseConnectionRetryFilter(async (_, cancellation) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
            return true;
        });
        return client;
    }

    /// <summary>Whether <c>Mud:Storage:Provider</c> names PostgreSQL (case-insensitive, as the silo reads it).</summary>
    public static bool UsesPostgres(IConfiguration configuration) =>
        string.Equals(configuration["Mud:Storage:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase);

    private static string WithPoolCap(string connectionString)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var setsPoolSize = builder.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal))
            .Any(k => k.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase) || k.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase));
        if (!setsPoolSize)
        {
            builder["Maximum Pool Size"] = ClientPoolSize;
        }

        return builder.ConnectionString;
    }
}
