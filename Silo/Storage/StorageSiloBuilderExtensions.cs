using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Mud.Silo.Storage;

/// <summary>Silo storage wiring: grain state, reminders, the grain-state serializer and (PostgreSQL) membership.</summary>
public static class StorageSiloBuilderExtensions
{
    /// <summary>The grain storage name every grain uses: <c>[PersistentState("&lt;unique state name&gt;", "store")]</c>.</summary>
    public const string GrainStorageName = "store";

    /// <summary>ADO.NET invariant for Microsoft.Data.Sqlite (Orleans keeps the historical name).</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    /// <summary>ADO.NET invariant for Npgsql. Must be set on every ADO.NET provider: the default is SQL Server.</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>How long a SQLite writer waits for the write lock before failing (SQLITE_BUSY).</summary>
    public static readonly TimeSpan SqliteBusyTimeout = TimeSpan.FromSeconds(StorageOptions.SqliteBusyTimeoutSeconds);

    /// <summary>
    /// Registers grain storage <see cref="GrainStorageName"/> (ADO.NET), the reminder service, the System.Text.Json
    /// grain-state serializer, and the <see cref="SchemaInstaller"/> as a lifecycle participant that creates the
    /// schema at <see cref="ServiceLifecycleStage.First"/>, before any provider reads it.
    /// <list type="bullet">
    /// <item><see cref="StorageProvider.Sqlite"/>: invariant <c>System.Data.SQLite</c> (Microsoft.Data.Sqlite) on
    /// <see cref="StorageOptions.GetSqliteConnectionString"/>, every connection with <c>PRAGMA busy_timeout</c> = 30 s
    /// (the file itself is in WAL mode, set by the installer), and in-memory reminders (Orleans has no SQLite reminder table).
    /// Membership: <see cref="UseMudSqliteClustering"/>.</item>
    /// <item><see cref="StorageProvider.PostgreSql"/>: invariant <c>Npgsql</c> on
    /// <see cref="StorageOptions.GetPostgresConnectionString"/> (pool capped at 20 unless set), and ADO.NET reminders.
    /// Call <see cref="UseMudPostgresClustering"/> as well for membership in the same database.</item>
    /// </list>
    /// Clearing a grain's state deletes its row (<c>DeleteStateOnClear</c>): closed sessions, dropped OOB subscriptions and
    /// destroyed objects would otherwise each leave a row with no payload, forever.
    /// The serializer is decided once for the whole project: System.Text.Json stores plain JSON with no .NET type
    /// names. Switching serializers later makes every stored row unreadable.
    /// Does not configure clustering.
    /// </summary>
    /// <param name="silo">The silo builder.</param>
    /// <param name="storage">Storage settings; validated here (throws <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>).</param>
    /// <param name="dataDirectory">The silo's data directory (where a relative SQLite file lives).</param>
    public static ISiloBuilder AddMudStorage(this ISiloBuilder silo, StorageOptions storage, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        storage.ThrowIfInvalid();

        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
            new SchemaInstaller(storage, dataDirectory, sp.GetRequiredService<ILogger<SchemaInstaller>>()));

        silo.UseSystemTextJsonGrainStorageSerializer();

        switch (storage.Provider)
        {
            case StorageProvider.Sqlite:
                // A data source rather than a connection string, to set PRAGMA busy_timeout on every connection.
                var sqlite = new SqliteGrainStorageDataSource(storage.GetSqliteConnectionString(dataDirectory), SqliteBusyTimeout);
                silo.AddAdoNetGrainStorage(GrainStorageName, (AdoNetGrainStorageOptions o) =>
                {
                    o.Invariant = SqliteInvariant;
                    o.DataSource = sqlite;
                    o.DeleteStateOnClear = true;
                });
                silo.UseInMemoryReminderService();
                break;

            case StorageProvider.PostgreSql:
                var postgres = storage.GetPostgresConnectionString();
                silo.AddAdoNetGrainStorage(GrainStorageName, (AdoNetGrainStorageOptions o) =>
                {
                    o.Invariant = PostgresInvariant;
                    o.ConnectionString = postgres;
                    o.DeleteStateOnClear = true;
                });
                silo.UseAdoNetReminderService((AdoNetReminderTableOptions o) =>
                {
                    o.Invariant = PostgresInvariant;
                    o.ConnectionString = postgres;
                });
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(storage), storage.Provider, "Unknown storage provider.");
        }

        return silo;
    }

    /// <summary>
    /// Cluster membership in the embedded game's SQLite file (<see cref="SqliteMembershipTable"/>), so that the
    /// launcher's reload can start the next silo beside the running one and let the old one hand over and leave.
    /// Only valid with <see cref="StorageProvider.Sqlite"/>. The front ends use a static list of the two gateway
    /// ports the silos take turns on (<c>UseMudCluster</c>).
    /// </summary>
    /// <param name="silo">The silo builder.</param>
    /// <param name="storage">Storage settings (SQLite).</param>
    /// <param name="dataDirectory">Where a relative SQLite file lives.</param>
    /// <param name="joinExisting">See <see cref="SqliteMembershipSettings.JoinExisting"/>.</param>
    public static ISiloBuilder UseMudSqliteClustering(this ISiloBuilder silo, StorageOptions storage, string dataDirectory, bool joinExisting)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(storage);
        if (storage.Provider != StorageProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"SQLite clustering needs {StorageOptions.Section}:Provider = Sqlite (it is {storage.Provider}).");
        }

        storage.ThrowIfInvalid();
        silo.Services.AddSingleton(new SqliteMembershipSettings(storage.GetSqliteConnectionString(dataDirectory), joinExisting));
        silo.Services.AddSingleton<IMembershipTable, SqliteMembershipTable>();
        return silo;
    }

    /// <summary>
    /// ADO.NET cluster membership in the PostgreSQL database of <paramref name="storage"/> (invariant <c>Npgsql</c>,
    /// same pool-capped connection string). Only valid with <see cref="StorageProvider.PostgreSql"/>; with SQLite the
    /// host uses <see cref="UseMudSqliteClustering"/> instead. Clients (the Portals) need the matching
    /// <c>UseAdoNetClustering(o =&gt; { o.Invariant = "Npgsql"; o.ConnectionString = ...; })</c> on their client builder.
    /// The tables come from <see cref="SchemaInstaller"/> (registered by <see cref="AddMudStorage"/>).
    /// </summary>
    public static ISiloBuilder UseMudPostgresClustering(this ISiloBuilder silo, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(storage);
        if (storage.Provider != StorageProvider.PostgreSql)
        {
            throw new InvalidOperationException(
                $"ADO.NET clustering needs {StorageOptions.Section}:Provider = PostgreSql (it is {storage.Provider}); use UseMudSqliteClustering with SQLite.");
        }

        storage.ThrowIfInvalid();
        var postgres = storage.GetPostgresConnectionString();
        silo.UseAdoNetClustering((AdoNetClusteringSiloOptions o) =>
        {
            o.Invariant = PostgresInvariant;
            o.ConnectionString = postgres;
        });
        return silo;
    }
}
