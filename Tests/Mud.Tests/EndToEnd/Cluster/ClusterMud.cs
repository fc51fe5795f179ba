using System.Globalization;

namespace Mud.Tests.EndToEnd.Cluster;

/// <summary>
/// A MUD of several silos on PostgreSQL, run through the real launcher (<c>./mud start --postgres ... --silos N</c>),
/// with its own schema and cluster identity, plus players connected over real telnet sockets.
/// </summary>
public sealed class ClusterMud : IAsyncDisposable
{
    private readonly List<TelnetTestClient> _clients = [];

    private ClusterMud(MudInstance mud, ClusterDatabase database, int silos)
    {
        Mud = mud;
        Database = database;
        Silos = silos;
    }

    public MudInstance Mud { get; }

    public ClusterDatabase Database { get; }

    public int Silos { get; }

    /// <summary>The silos' names as the launcher knows them: silo1 .. siloN.</summary>
    public IEnumerable<string> SiloNames => Enumerable.Range(1, Silos).Select(i => "silo" + i.ToString(CultureInfo.InvariantCulture));

    public static async Task<ClusterMud> StartAsync(int silos, string? server = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = await ClusterDatabase.CreateAsync(server);
        var identity = "e2e-" + Guid.NewGuid().ToString("N")[..10];
        var all = new Dictionary<string, string>
        {
            ["Mud__Silo__ServiceId"] = identity,
            ["Mud__Silo__ClusterId"] = identity,
            ["Mud__Silo__Dashboard"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var mud = MudInstance.Create(all);
        var cluster = new ClusterMud(mud, database, silos);
        try
        {
            await mud.RunLauncherAsync(["start", "--postgres", database.ConnectionString, "--silos", silos.ToString(CultureInfo.InvariantCulture)]);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>A new player, logged in with a fresh account and character (returned with its name).</summary>
    public async Task<(TelnetTestClient Client, string Name)> LogInAsync()
    {
        var client = await ConnectAsync();
        var name = await client.CreateAndConnectAsync();
        return (client, name);
    }

    /// <summary>A new connection, disposed with the cluster.</summary>
    public async Task<TelnetTestClient> ConnectAsync()
    {
        var client = await Mud.ConnectAsync();
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await Mud.DisposeAsync();
        await Database.DisposeAsync();
    }
}
