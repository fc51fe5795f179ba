using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mud.Hosting;
using Mud.Silo.Storage;
using Orleans.Configuration;

namespace Mud.Silo.Hosting;

public static class SiloHostExtensions
{
    // Orleans sizes its cache of grain locations for a million grains up front (about 17 MiB of large-object heap in
    // every silo); a game holds a handful of grains per player online.
    private const int DirectoryCacheSize = 100_000;

    /// <summary>
    /// Cluster identity and membership: the embedded default keeps membership in its SQLite file, on loopback, so
    /// that a reload can start the next silo beside the running one (a hand-over rather than a gap); on PostgreSQL, membership lives in the database so any number of silos can join. With
    /// <c>Mud:Silo:Kubernetes = true</c> the pod's name and IP come from Orleans' Kubernetes hosting.
    /// The silo-to-silo and gateway ports listen on <c>Mud:Silo:BindAddress</c> (loopback unless set), and
    /// speak TLS when <c>Mud:Orleans:Tls:CertificateFile</c> names the cluster's certificate.
    /// </summary>
    public static ISiloBuilder UseMudClustering(this ISiloBuilder silo, IConfiguration configuration, StorageOptions storage)
    {
        var endpoint = configuration.GetSection(SiloEndpointOptions.Section).Get<SiloEndpointOptions>() ?? new SiloEndpointOptions();
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = endpoint.ClusterId;
            o.ServiceId = endpoint.ServiceId;
        });
        silo.Configure<SiloOptions>(o => o.SiloName = endpoint.Name);
        silo.Configure<GrainDirectoryOptions>(o => o.CacheSize = DirectoryCacheSize);
        silo.UseMudFailureDetection(configuration);
        silo.UseMudTls(configuration);

        if (storage.Provider == StorageProvider.Sqlite)
        {
            // One silo (two for the moment of a hand-over), on loopback only: the front ends on this machine are its only clients.
            silo.ConfigureEndpoints(IPAddress.Loopback, endpoint.Port, endpoint.GatewayPort, listenOnAnyHostAddress: false);
            return silo.UseMudSqliteClustering(storage, MudHost.DataDirectory(configuration), endpoint.JoinExisting);
        }

        if (configuration.GetValue<bool>("Mud:Silo:Kubernetes"))
        {
            // The pod's IP is advertised and every interface listened on (Orleans' Kubernetes hosting post-configures both).
            silo.Configure<EndpointOptions>(o =>
            {
                o.SiloPort = endpoint.Port;
                o.GatewayPort = endpoint.GatewayPort;
            });
            silo.UseKubernetesHosting();
            return silo.UseMudPostgresClustering(storage);
        }

        var address = MudHost.SiloBindAddress(configuration);
        var anyAddress = address.Equals(IPAddress.Any);
        if (endpoint.AdvertisedAddress.Length == 0)
        {
            silo.ConfigureEndpoints(anyAddress ? IPAddress.Loopback : address, endpoint.Port, endpoint.GatewayPort, listenOnAnyHostAddress: anyAddress);
        }
        else if (IPAddress.TryParse(endpoint.AdvertisedAddress, out var advertised))
        {
            silo.ConfigureEndpoints(advertised, endpoint.Port, endpoint.GatewayPort, listenOnAnyHostAddress: anyAddress);
        }
        else
        {
            silo.ConfigureEndpoints(endpoint.AdvertisedAddress, endpoint.Port, endpoint.GatewayPort, AddressFamily.InterNetwork, listenOnAnyHostAddress: anyAddress);
        }

        return silo.UseMudPostgresClustering(storage);
    }

    /// <summary>
    /// Membership timing from <c>Mud:Cluster</c> (see <see cref="ClusterFailoverOptions"/>): how soon a silo that
    /// stopped answering is declared dead, so that its grains come back on the survivors.
    /// </summary>
    public static ISiloBuilder UseMudFailureDetection(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddOptions<ClusterFailoverOptions>().Bind(configuration.GetSection(ClusterFailoverOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var failover = configuration.GetSection(ClusterFailoverOptions.Section).Get<ClusterFailoverOptions>() ?? new ClusterFailoverOptions();
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(failover.ProbeTimeoutSeconds);
            o.NumMissedProbesLimit = failover.MissedProbesLimit;
            o.NumVotesForDeathDeclaration = failover.VotesForDeath;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(failover.TableRefreshSeconds);
        });
        return silo;
    }
}
