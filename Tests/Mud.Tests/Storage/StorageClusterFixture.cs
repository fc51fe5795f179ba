using Microsoft.Extensions.DependencyInjection;
using Mud.Silo.Storage;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Mud.Tests.Storage;

/// <summary>
/// One in-process, one-silo Orleans cluster whose storage is configured by <see cref="StorageSiloBuilderExtensions.AddMudStorage"/>
/// on a private database (<typeparamref name="TEnvironment"/>), shared by the tests of one class.
/// </summary>
public abstract class StorageClusterFixture<TEnvironment> : IAsyncLifetime
    where TEnvironment : StorageTestEnvironment, new()
{
    private InProcessTestCluster? _cluster;

    public TEnvironment Environment { get; } = new();

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not running.");

    /// <summary>The real <c>"store"</c> grain storage of the running silo.</summary>
    public IGrainStorage Storage => GetStorage(Cluster);

    public async Task InitializeAsync()
    {
        await Environment.InitializeAsync();
        _cluster = await StartClusterAsync();
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_cluster is not null)
            {
                await _cluster.DisposeAsync();
            }
        }
        finally
        {
            await Environment.DisposeAsync();
        }
    }

    /// <summary>Starts another cluster on the same database and ServiceId (the caller disposes it).</summary>
    public async Task<InProcessTestCluster> StartClusterAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = Environment.ServiceId;
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddMudStorage(Environment.Options, Environment.DataDirectory));
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    public static IGrainStorage GetStorage(InProcessTestCluster cluster) =>
        cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageSiloBuilderExtensions.GrainStorageName);
}

public sealed class SqliteStorageClusterFixture : StorageClusterFixture<SqliteStorageEnvironment>;

public sealed class PostgresStorageClusterFixture : StorageClusterFixture<PostgresStorageEnvironment>;
