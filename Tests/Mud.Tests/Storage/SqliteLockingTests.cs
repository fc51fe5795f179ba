using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mud.Silo.Storage;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;

namespace Mud.Tests.Storage;

/// <summary>How the embedded SQLite store behaves when another connection holds the write lock.</summary>
[Trait("Category", "Integration")]
public sealed class SqliteLockingTests(SqliteStorageClusterFixture fixture) : IClassFixture<SqliteStorageClusterFixture>
{
    private SqliteStorageEnvironment Env => fixture.Environment;

    private SqliteConnection OpenUnpooled(int defaultTimeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder(Env.Options.GetSqliteConnectionString(Env.DataDirectory))
        {
            Pooling = false,
            DefaultTimeout = defaultTimeoutSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task GrainStorageConnections_WaitForLocksInsideSqlite_For30Seconds()
    {
        var options = fixture.Cluster.Silos[0].ServiceProvider
            .GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>()
            .Get(StorageSiloBuilderExtensions.GrainStorageName);

        Assert.Equal(StorageSiloBuilderExtensions.SqliteInvariant, options.Invariant);
        Assert.NotNull(options.DataSource);
        await using var connection = await options.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        Assert.Equal(30_000L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task GrainStorageConnections_AreHandedOutOneAtATime_AndTheNextWaitsWithoutAThread()
    {
        var dataSource = fixture.Cluster.Silos[0].ServiceProvider
            .GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>()
            .Get(StorageSiloBuilderExtensions.GrainStorageName).DataSource!;

        var first = await dataSource.OpenConnectionAsync();
        var second = dataSource.OpenConnectionAsync().AsTask();
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(second.IsCompleted, "A second connection was handed out while the first was still open.");

        await first.DisposeAsync();
        await using var next = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(System.Data.ConnectionState.Open, next.State);
    }

    [Fact]
    public async Task Write_WhileAnotherConnectionHoldsTheWriteLock_WaitsAndThenSucceeds()
    {
        var id = GrainId.Create("locking", $"k-{Guid.NewGuid():N}");
        var state = new GrainState<ContractState>();
        await fixture.Storage.ReadStateAsync("locking", id, state);
        state.State = new ContractState { Name = "patient" };

        using var holder = OpenUnpooled(5);
        Execute(holder, "BEGIN IMMEDIATE;");
        var write = Task.Run(() => fixture.Storage.WriteStateAsync("locking", id, state));
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.False(write.IsCompleted, "The write should wait for the lock, not fail or skip it.");
        Execute(holder, "COMMIT;");

        await write.WaitAsync(TimeSpan.FromSeconds(20));
        var read = new GrainState<ContractState>();
        await fixture.Storage.ReadStateAsync("locking", id, read);
        Assert.Equal("patient", read.State?.Name);
    }

    [Fact]
    public async Task WriteScript_WhenTheLockIsNeverFreed_FailsWithoutLeavingItsPooledConnectionInATransaction()
    {
        string writeQuery;
        using (var reader = OpenUnpooled(5))
        using (var command = reader.CreateCommand())
        {
            command.CommandText = "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'WriteToStorageKey'";
            writeQuery = (string)(await command.ExecuteScalarAsync())!;
        }

        // A private pool (its own connection string) with a 1 s busy timeout, so the wait runs out quickly.
        var pooled = new SqliteConnectionStringBuilder(Env.Options.GetSqliteConnectionString(Env.DataDirectory))
        {
            DefaultTimeout = 1,
        }.ToString();

        using var holder = OpenUnpooled(5);
        Execute(holder, "BEGIN IMMEDIATE;");
        try
        {
            await using var connection = new SqliteConnection(pooled);
            await connection.OpenAsync();
            await using var write = connection.CreateCommand();
            write.CommandText = writeQuery;
            write.Parameters.AddWithValue("@GrainIdHash", 1);
            write.Parameters.AddWithValue("@GrainIdN0", 0L);
            write.Parameters.AddWithValue("@GrainIdN1", 0L);
            write.Parameters.AddWithValue("@GrainTypeHash", 2);
            write.Parameters.AddWithValue("@GrainTypeString", "locking");
            write.Parameters.AddWithValue("@GrainIdExtensionString", $"busy-{Guid.NewGuid():N}");
            write.Parameters.AddWithValue("@ServiceId", Env.ServiceId);
            write.Parameters.AddWithValue("@GrainStateVersion", DBNull.Value);
            write.Parameters.AddWithValue("@PayloadBinary", "{}"u8.ToArray());

            var ex = await Assert.ThrowsAsync<SqliteException>(() => write.ExecuteNonQueryAsync());
            Assert.Equal(5, ex.SqliteErrorCode); // SQLITE_BUSY
        }
        finally
        {
            Execute(holder, "COMMIT;");
        }

        // The same pool hands the same connection back: it must not still be inside the failed script's transaction.
        await using var again = new SqliteConnection(pooled);
        await again.OpenAsync();
        await using var probe = again.CreateCommand();
        probe.CommandText = "BEGIN; COMMIT;";
        await probe.ExecuteNonQueryAsync();
    }
}
