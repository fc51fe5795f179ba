using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Mud.Hosting;
using Mud.Silo.Hosting;
using Mud.Silo.Storage;
using Mud.Tests.EndToEnd;
using Mud.Tests.EndToEnd.Cluster;

namespace Mud.Tests.Hosting;

/// <summary>
/// Orleans TLS between silos: two silos on PostgreSQL, each holding the cluster's certificate, form one cluster
/// that a client with the certificate reaches whole; a silo with another certificate is kept out.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ClusterTlsSeveralSilosTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(40);
    private readonly string _data = Directory.CreateTempSubdirectory("mud-cluster-tls-silos-").FullName;
    private readonly int[] _ports = FreePorts.Take(6);
    private ClusterDatabase _database = null!;

    public async Task InitializeAsync()
    {
        ClusterCertificates.Write(Path.Combine(_data, "cluster.pfx"), "mud-cluster");
        ClusterCertificates.Write(Path.Combine(_data, "stranger.pfx"), "mud-cluster");
        _database = await ClusterDatabase.CreateAsync();

        // The membership tables, as the silo process makes them before it starts.
        var storage = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = _database.ConnectionString };
        await SchemaInstaller.ApplyAsync(storage, _data, NullLogger.Instance, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task TwoSilosWithTheClustersCertificate_FormOneCluster_ThatAClientWithItReachesOnBothSilos_AndAStrangerCannotJoin()
    {
        using var first = Silo(1, "cluster.pfx");
        using var second = Silo(2, "cluster.pfx");
        using var client = new HostBuilder().UseOrleansClient(c => c.UseMudCluster(Settings(1, "cluster.pfx"))).Build();
        var strangersEnd = new StrangersEnd();
        using var stranger = Silo(3, "stranger.pfx", strangersEnd);
        try
        {
            await Task.WhenAll(first.StartAsync(), second.StartAsync()).WaitAsync(StartTimeout);
            await client.StartAsync().WaitAsync(StartTimeout);
            var management = client.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0);

            var hosts = await management.GetHosts(onlyActive: true);
            Assert.Equal(2, hosts.Count);

            // Each silo answers for itself, over the gateway and the silo-to-silo connection.
            var statistics = await management.GetRuntimeStatistics([.. hosts.Keys]);
            Assert.Equal(2, statistics.Length);

            // A silo with another certificate fails every handshake with the cluster: the others cannot probe it and
            // declare it dead, and it never becomes active.
            using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var starting = stranger.StartAsync(giveUp.Token);
            var ended = await Task.WhenAny(starting, strangersEnd.Told.Task, Task.Delay(Timeout.Infinite, giveUp.Token));
            Assert.True(ended != starting || starting.IsFaulted || starting.IsCanceled, "the silo with another certificate started as a member of the cluster");
            var after = await management.GetHosts(onlyActive: true);
            Assert.Equal(hosts.Keys.Order(), after.Keys.Order());
        }
        finally
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await Task.WhenAll(new[] { client, stranger, first, second }.Select(host => StopAsync(host, stopping.Token)));
        }
    }

    // A host whose start failed or was given up refuses to stop; the test's own failure is the one to report.
    private static Task StopAsync(IHost host, CancellationToken cancellation) =>
        host.StopAsync(cancellation).ContinueWith(_ => { }, TaskScheduler.Default);

    private IHost Silo(int number, string certificate, IFatalErrorHandler? fatal = null)
    {
        var configuration = Settings(number, certificate);
        return new HostBuilder().UseOrleans(s =>
        {
            s.UseMudClustering(configuration, StorageOptions.FromConfiguration(configuration));
            if (fatal is not null)
            {
                s.Services.AddSingleton(fatal);
            }
        }).Build();
    }

    private IConfiguration Settings(int number, string certificate) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Mud:DataDirectory"] = _data,
        ["Mud:Storage:Provider"] = "PostgreSql",
        ["Mud:Storage:ConnectionString"] = _database.ConnectionString,
        ["Mud:Silo:Name"] = $"silo{number}",
        ["Mud:Silo:Port"] = _ports[(number - 1) * 2].ToString(CultureInfo.InvariantCulture),
        ["Mud:Silo:GatewayPort"] = _ports[((number - 1) * 2) + 1].ToString(CultureInfo.InvariantCulture),
        ["Mud:Orleans:Tls:CertificateFile"] = certificate,
        ["Mud:Orleans:Tls:CertificatePassword"] = ClusterCertificates.Password,
    }).Build();
}

/// <summary>
/// The stranger's fatal-error handler: Orleans' own ends the process when a silo learns it was declared dead,
/// which here would end the test run; this one only records it.
/// </summary>
internal sealed class StrangersEnd : IFatalErrorHandler
{
    public TaskCompletionSource<string?> Told { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsUnexpected(Exception exception) => true;

    public void OnFatalException(object? sender = null, string? context = null, Exception? exception = null) => Told.TrySetResult(context);
}
