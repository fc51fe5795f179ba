using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mud.Hosting;
using Mud.Silo.Hosting;
using Mud.Silo.Storage;
using Mud.Tests.EndToEnd;

namespace Mud.Tests.Hosting;

/// <summary>
/// With <c>Mud:Orleans:Tls:CertificateFile</c> set, silos and their clients speak TLS and accept only a peer
/// holding the cluster's certificate.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ClusterTlsTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _data = Directory.CreateTempSubdirectory("mud-cluster-tls-").FullName;
    private readonly int[] _ports = FreePorts.Take(2);

    public ClusterTlsTests()
    {
        ClusterCertificates.Write(Path.Combine(_data, "cluster.pfx"), "mud-cluster");
        ClusterCertificates.Write(Path.Combine(_data, "stranger.pfx"), "mud-cluster");
    }

    [Fact]
    public async Task AClusterWithTls_ServesAClientHoldingTheClustersCertificate()
    {
        using var silo = await StartSiloAsync();
        using var client = Client("cluster.pfx");
        await client.StartAsync().WaitAsync(StartTimeout);
        try
        {
            var hosts = await client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);

            Assert.Single(hosts);
        }
        finally
        {
            await client.StopAsync();
            await silo.StopAsync();
        }
    }

    [Fact]
    public async Task AClusterWithTls_RefusesAClientWithAnotherCertificate()
    {
        using var silo = await StartSiloAsync();
        using var client = Client("stranger.pfx");
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            // The client retries for ever while no gateway takes it; it is never connected, so its start is given up.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.StartAsync(giveUp.Token));
        }
        finally
        {
            await silo.StopAsync();
        }
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private async Task<IHost> StartSiloAsync()
    {
        var configuration = Settings("cluster.pfx");
        var storage = StorageOptions.FromConfiguration(configuration);
        // Membership on the embedded default lives in the game's SQLite file, in tables the silo's start-up installs.
        await SchemaInstaller.ApplyAsync(storage, _data, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);
        var silo = new HostBuilder().UseOrleans(s => s.UseMudClustering(configuration, storage)).Build();
        await silo.StartAsync().WaitAsync(StartTimeout);
        return silo;
    }

    private IHost Client(string certificate) =>
        new HostBuilder().UseOrleansClient(c => c.UseMudCluster(Settings(certificate))).Build();

    private IConfiguration Settings(string certificate) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Mud:DataDirectory"] = _data,
        ["Mud:Silo:Port"] = _ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mud:Silo:GatewayPort"] = _ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mud:Orleans:Tls:CertificateFile"] = certificate,
        ["Mud:Orleans:Tls:CertificatePassword"] = ClusterCertificates.Password,
    }).Build();
}
