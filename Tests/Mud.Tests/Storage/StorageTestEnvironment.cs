using System.Data.Common;
using Microsoft.Data.Sqlite;
using Mud.Silo.Storage;
using Npgsql;

namespace Mud.Tests.Storage;

/// <summary>
/// A private database for one test class: a fresh temp directory with a SQLite file, or a fresh schema in the
/// PostgreSQL database named by <c>MUD_TEST_POSTGRES</c>. Both are deleted afterwards.
/// </summary>
public abstract class StorageTestEnvironment : IAsyncDisposable
{
    /// <summary>A ServiceId no other run uses, so runs never see each other's rows.</summary>
    public string ServiceId { get; } = $"mud-test-{Guid.NewGuid():N}";

    public abstract StorageProvider Provider { get; }

    public abstract StorageOptions Options { get; }

    public abstract string DataDirectory { get; }

    public abstract Task InitializeAsync();

    public abstract ValueTask DisposeAsync();

    /// <summary>Drops pooled connections, so the next silo really opens the database again.</summary>
    public abstract void ClearConnectionPools();

    /// <summary>Opens a connection of our own to the database the silo uses.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync();

    /// <summary>The Orleans tables (and, in SQLite, the membership tables of our own) that exist in the database (names as stored).</summary>
    public abstract Task<IReadOnlySet<string>> ListTablesAsync();

    /// <summary>The stored payload of one grain state row, as text; null when there is no row or it was cleared.</summary>
    public async Task<string?> ReadRawPayloadAsync(string stateName, string key)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT PayloadBinary FROM OrleansStorage " +
            "WHERE ServiceId = @service AND GrainTypeString = @state AND GrainIdExtensionString = @key";
        AddParameter(command, "service", ServiceId);
        AddParameter(command, "state", stateName);
        AddParameter(command, "key", key);
        var value = await command.ExecuteScalarAsync();
        return value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;
    }

    /// <summary>How many OrleansStorage rows this run has for a state name and key.</summary>
    public async Task<long> CountRowsAsync(string stateName, string key)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT count(*) FROM OrleansStorage " +
            "WHERE ServiceId = @service AND GrainTypeString = @state AND GrainIdExtensionString = @key";
        AddParameter(command, "service", ServiceId);
        AddParameter(command, "state", stateName);
        AddParameter(command, "key", key);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    protected static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>A SQLite file in a fresh temp directory.</summary>
public sealed class SqliteStorageEnvironment : StorageTestEnvironment
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mud-storage-test-{Guid.NewGuid():N}");

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override StorageOptions Options { get; } = new() { Provider = StorageProvider.Sqlite, SqliteFile = "data/mud.db" };

    public override string DataDirectory => _directory;

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    public override void ClearConnectionPools() => SqliteConnection.ClearAllPools();

    public override async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = new SqliteConnection(Options.GetSqliteConnectionString(DataDirectory));
        await connection.OpenAsync();
        return connection;
    }

    public override async Task<IReadOnlySet<string>> ListTablesAsync()
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'Orleans%' OR name LIKE 'MudMembership%')";
        var tables = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public async Task<string> ReadJournalModeAsync()
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>
/// A fresh schema (<c>Search Path</c>) in the database named by <c>MUD_TEST_POSTGRES</c>. An unset variable is a
/// failure, never a skip: the README's test command (<c>./mud test</c>) starts a throw-away PostgreSQL and sets it.
/// </summary>
public sealed class PostgresStorageEnvironment : StorageTestEnvironment
{
    public const string VariableName = "MUD_TEST_POSTGRES";

    private readonly string _schema = $"mud_test_{Guid.NewGuid():N}";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mud-storage-test-{Guid.NewGuid():N}");
    private StorageOptions? _options;
    private string? _baseConnectionString;

    public override StorageProvider Provider => StorageProvider.PostgreSql;

    public override StorageOptions Options =>
        _options ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public override string DataDirectory => _directory;

    public string Schema => _schema;

    /// <summary>The connection string from <c>MUD_TEST_POSTGRES</c>; throws with instructions when it is not set.</summary>
    public static string RequireConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"{VariableName} is not set, so the PostgreSQL storage tests cannot run (they never skip). " +
                "Run the tests with the README's test command, `./mud test`, which starts a throw-away PostgreSQL " +
                "(deploy/scripts/test-postgres.sh start <dir>) and exports its connection string, e.g. " +
                $"{VariableName}='Host=127.0.0.1;Port=NNNN;Username=mud;Password=...;Database=mud_test'.");
        }

        return value;
    }

    public override async Task InitializeAsync()
    {
        _baseConnectionString = RequireConnectionString();
        await using (var connection = new NpgsqlConnection(_baseConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA \"{_schema}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(_baseConnectionString) { SearchPath = _schema };
        _options = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = builder.ConnectionString };
        Directory.CreateDirectory(_directory);
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_baseConnectionString is not null)
        {
            await using var connection = new NpgsqlConnection(_baseConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    public override void ClearConnectionPools() => NpgsqlConnection.ClearAllPools();

    public override async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(Options.GetPostgresConnectionString());
        await connection.OpenAsync();
        return connection;
    }

    public override async Task<IReadOnlySet<string>> ListTablesAsync()
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = @schema AND table_name LIKE 'orleans%'";
        AddParameter(command, "schema", _schema);
        var tables = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>The functions the scripts created in this run's schema.</summary>
    public async Task<IReadOnlySet<string>> ListFunctionsAsync()
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = @schema";
        AddParameter(command, "schema", _schema);
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
