using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mud.Accounts;
using Mud.Hosting;
using Mud.World;
using Orleans.TestingHost;

namespace Mud.Tests.Grains;

/// <summary>One in-process silo with the real game grains and the starter world, shared by the grain tests.</summary>
public class GameClusterFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public IClusterClient Client => _cluster!.Client;

    /// <summary>The silo's own services (its grain storage, for a test that checks what was written).</summary>
    public IServiceProvider SiloServices => _cluster!.GetSiloServiceProvider();

    /// <summary>Settings on top of the test defaults, for fixtures of other game modes.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        var world = WorldLoader.Load(Path.Combine(AppContext.BaseDirectory, "world", "starter.json"));
        var settings = new Dictionary<string, string?>
        {
            ["Mud:Security:PasswordIterations"] = "1000",
            ["Mud:Security:MaxFailedLogins"] = "3",
            // Every test player comes from 127.0.0.1: the allowance per address would otherwise be the whole suite's.
            ["Mud:Security:MaxAccountsPerAddress"] = "100000",
            ["Mud:Security:MaxAccountsOverall"] = "1000000",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            AddStorage(silo);
            silo.AddMudGame(configuration, world);
            silo.Services.AddSingleton<IConfiguration>(configuration);
            silo.Services.Configure<ClusterFailoverOptions>(configuration.GetSection(ClusterFailoverOptions.Section));
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();

        // The first account of a game becomes its Developer; made here, so the tests' own accounts are players.
        await Client.GetGrain<IAccountGrain>(FounderName.ToLowerInvariant()).CreateAsync(FounderName, new Password("s3cretpw"));
    }

    /// <summary>The game's first account, and so its Developer.</summary>
    public const string FounderName = "Founder";

    /// <summary>Grain storage "store", in memory (unless a fixture needs one that misbehaves), with the silo's serializer.</summary>
    protected virtual void AddStorage(ISiloBuilder silo) => silo.UseSystemTextJsonGrainStorageSerializer().AddMemoryGrainStorage("store");

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GameClusterCollection : ICollectionFixture<GameClusterFixture>
{
    public const string Name = "Game cluster";
}
