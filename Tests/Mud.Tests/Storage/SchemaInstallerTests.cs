using System.Data.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Mud.Silo.Storage;

namespace Mud.Tests.Storage;

[Trait("Category", "Integration")]
public sealed class SchemaInstallerTests
{
    private static readonly string[] SqliteQueryKeys = ["ClearStorageKey", "DeleteStorageKey", "ReadFromStorageKey", "WriteToStorageKey"];

    private static readonly string[] PostgresQueryKeys =
    [
        // clustering
        "CleanupDefunctSiloEntriesKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey", "InsertMembershipKey",
        "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey", "UpdateIAmAlivetimeKey", "UpdateMembershipKey",
        // persistence
        "ClearStorageKey", "DeleteStorageKey", "ReadFromStorageKey", "WriteToStorageKey",
        // reminders
        "DeleteReminderRowKey", "DeleteReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey",
        "ReadReminderRowsKey", "UpsertReminderRowKey",
    ];

    private static readonly string[] PostgresTables =
        ["orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansreminderstable", "orleansstorage"];

    private static readonly string[] PostgresFunctions =
    [
        "delete_reminder_row", "insert_membership", "insert_membership_version", "update_i_am_alive_time",
        "update_membership", "upsert_reminder_row", "writetostorage",
    ];

    [Fact]
    public async Task Sqlite_ApplyTwice_CreatesTheFileTablesAndQueriesOnce_InWalMode()
    {
        await using var env = new SqliteStorageEnvironment();
        await env.InitializeAsync();

        var first = await SchemaInstaller.ApplyAsync(env.Options, env.DataDirectory, NullLogger.Instance, CancellationToken.None);
        var second = await SchemaInstaller.ApplyAsync(env.Options, env.DataDirectory, NullLogger.Instance, CancellationToken.None);

        Assert.True(first.Applied);
        Assert.Equal(["01-main.sql", "02-persistence.sql", "03-membership.sql"], first.Scripts);
        Assert.False(second.Applied);
        Assert.Empty(second.Scripts);
        Assert.True(File.Exists(Path.Combine(env.DataDirectory, "data", "mud.db")));
        Assert.Equal(["MudMembership", "MudMembershipVersion", "OrleansQuery", "OrleansStorage"], (await env.ListTablesAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(SqliteQueryKeys, await ReadQueryKeysAsync(env));
        Assert.Equal("wal", await env.ReadJournalModeAsync(), ignoreCase: true);
    }

    [Fact]
    public async Task Sqlite_ScriptsRunAgainOverAnExistingSchema_AreHarmless()
    {
        await using var env = new SqliteStorageEnvironment();
        await env.InitializeAsync();
        await SchemaInstaller.ApplyAsync(env.Options, env.DataDirectory, NullLogger.Instance, CancellationToken.None);

        await RunScriptsAsync(env, StorageProvider.Sqlite);
        await RunScriptsAsync(env, StorageProvider.Sqlite);

        Assert.Equal(SqliteQueryKeys, await ReadQueryKeysAsync(env));
    }

    [Fact]
    public async Task Sqlite_ADatabaseWithoutTheDeleteQuery_GetsItAtTheNextStart_AndKeepsItsRows()
    {
        await using var env = new SqliteStorageEnvironment();
        await env.InitializeAsync();
        await SchemaInstaller.ApplyAsync(env.Options, env.DataDirectory, NullLogger.Instance, CancellationToken.None);
        // What a release before DeleteStorageKey left: the tables, three queries, and the players' rows.
        await ExecuteAsync(env, "DELETE FROM OrleansQuery WHERE QueryKey = 'DeleteStorageKey'; " +
            "INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version) " +
            $"VALUES (1, 2, 3, 4, 'account', 'alice', '{env.ServiceId}', X'7B7D', datetime('now'), 7);");

        var result = await SchemaInstaller.ApplyAsync(env.Options, env.DataDirectory, NullLogger.Instance, CancellationToken.None);

        Assert.True(result.Applied);
        Assert.Equal(SqliteQueryKeys, await ReadQueryKeysAsync(env));
        Assert.Equal(1L, await env.CountRowsAsync("account", "alice"));
    }

    [Fact]
    public async Task PostgreSql_ApplyTwice_CreatesTablesFunctionsAndQueriesOnce()
    {
        await using var env = new PostgresStorageEnvironment();
        await env.InitializeAsync();

        var first = await SchemaInstaller.ApplyAsync(env.Options, env.DataDirectory, NullLogger.Instance, CancellationToken.None);
        var second = await SchemaInstaller.ApplyAsync(env.Options, env.DataDirectory, NullLogger.Instance, CancellationToken.None);

        Assert.True(first.Applied);
        Assert.Equal(["01-main.sql", "02-clustering.sql", "03-persistence.sql", "04-reminders.sql"], first.Scripts);
        Assert.False(second.Applied);
        Assert.Equal(PostgresTables, (await env.ListTablesAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(PostgresFunctions, (await env.ListFunctionsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(PostgresQueryKeys.Order(StringComparer.Ordinal), await ReadQueryKeysAsync(env));
    }

    [Fact]
    public async Task PostgreSql_ScriptsRunAgainOverAnExistingSchema_AreHarmless()
    {
        await using var env = new PostgresStorageEnvironment();
        await env.InitializeAsync();
        await SchemaInstaller.ApplyAsync(env.Options, env.DataDirectory, NullLogger.Instance, CancellationToken.None);

        await RunScriptsAsync(env, StorageProvider.PostgreSql);
        await RunScriptsAsync(env, StorageProvider.PostgreSql);

        Assert.Equal(PostgresQueryKeys.Order(StringComparer.Ordinal), await ReadQueryKeysAsync(env));
        Assert.Equal(PostgresTables, (await env.ListTablesAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PostgreSql_TwoSilosInstallingAtOnce_BothSucceed()
    {
        await using var env = new PostgresStorageEnvironment();
        await env.InitializeAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            SchemaInstaller.ApplyAsync(env.Options, env.DataDirectory, NullLogger.Instance, CancellationToken.None))));

        Assert.Single(results, r => r.Applied);
        Assert.Equal(PostgresQueryKeys.Order(StringComparer.Ordinal), await ReadQueryKeysAsync(env));
    }

    private static async Task RunScriptsAsync(StorageTestEnvironment env, StorageProvider provider)
    {
        var dir = SchemaInstaller.FindScriptDirectory(provider);
        await using var connection = await env.OpenConnectionAsync();
        foreach (var name in SchemaInstaller.ScriptNames(provider))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = await File.ReadAllTextAsync(Path.Combine(dir, name));
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task ExecuteAsync(StorageTestEnvironment env, string sql)
    {
        await using var connection = await env.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string[]> ReadQueryKeysAsync(StorageTestEnvironment env)
    {
        await using DbConnection connection = await env.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT QueryKey FROM OrleansQuery";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }
}
