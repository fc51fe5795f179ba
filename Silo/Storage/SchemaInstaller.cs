using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Runtime;

namespace Mud.Silo.Storage;

/// <summary>What <see cref="SchemaInstaller.ApplyAsync"/> did.</summary>
/// <param name="Provider">The back end.</param>
/// <param name="Target">The SQLite file, or the PostgreSQL host/port/database.</param>
/// <param name="Applied">True when scripts were run; false when the schema was already there.</param>
/// <param name="Scripts">The scripts that were run, in order (empty when none were).</param>
public sealed record SchemaInstallResult(StorageProvider Provider, string Target, bool Applied, IReadOnlyList<string> Scripts);

/// <summary>
/// Creates the Orleans ADO.NET schema (tables, functions and <c>OrleansQuery</c> rows) from this project's
/// copies of the scripts in <c>deploy/sql/&lt;sqlite|postgresql&gt;/</c>, which the silo build copies to
/// <c>&lt;app&gt;/sql/&lt;provider&gt;/</c>.
/// <list type="bullet">
/// <item>SQLite: creates the file (and its folder), sets <c>PRAGMA journal_mode=WAL</c> (persistent, so readers
/// never block the writer), and runs <c>01-main.sql</c> … <c>03-membership.sql</c> when any of their tables
/// is missing.</item>
/// <item>PostgreSQL: under a transaction-scoped advisory lock (so silos starting together don't race), runs
/// <c>01-main</c> … <c>04-reminders</c> in one transaction when <c>OrleansQuery</c> or any other Orleans table
/// is missing from the connection's schema (its <c>search_path</c>); otherwise does nothing.</item>
/// </list>
/// The scripts are idempotent, so running them over an existing or partial schema is harmless.
/// <see cref="StorageSiloBuilderExtensions.AddMudStorage"/> registers an instance as a silo lifecycle participant
/// at <see cref="ServiceLifecycleStage.First"/>, i.e. before any provider reads <c>OrleansQuery</c>;
/// <see cref="ApplyAsync"/> is the same thing for <c>Mud.Silo --apply-schema</c>.
/// </summary>
public sealed partial class SchemaInstaller : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The scripts for each provider, in the order they must run.</summary>
    public static IReadOnlyList<string> ScriptNames(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => ["01-main.sql", "02-persistence.sql", "03-membership.sql"],
        StorageProvider.PostgreSql => ["01-main.sql", "02-clustering.sql", "03-persistence.sql", "04-reminders.sql"],
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider."),
    };

    /// <summary>The tables the scripts create (PostgreSQL folds the unquoted names to lower case).</summary>
    public static IReadOnlyList<string> TableNames(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => ["OrleansQuery", "OrleansStorage", "MudMembershipVersion", "MudMembership"],
        StorageProvider.PostgreSql =>
            ["orleansquery", "orleansmembershipversiontable", "orleansmembershiptable", "orleansstorage", "orleansreminderstable"],
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider."),
    };

    /// <summary>
    /// The grain-state queries the silo uses, checked on every start: a database made by an older release lacks
    /// <c>DeleteStorageKey</c> (SQLite), and the scripts, which never overwrite a row, add it.
    /// </summary>
    public static IReadOnlyList<string> StorageQueryKeys { get; } =
        ["WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey"];

    // "MUDSCHMA": the advisory lock that serialises schema installs on one PostgreSQL server.
    private const long AdvisoryLockKey = 0x4D55_4453_4348_4D41;

    private readonly StorageOptions _options;
    private readonly string _dataDirectory;
    private readonly ILogger<SchemaInstaller> _logger;

    public SchemaInstaller(StorageOptions options, string dataDirectory, ILogger<SchemaInstaller> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options;
        _dataDirectory = dataDirectory;
        _logger = logger;
    }

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(SchemaInstaller), ServiceLifecycleStage.First, OnStartAsync);
    }

    private Task OnStartAsync(CancellationToken cancellationToken) =>
        ApplyAsync(_options, _dataDirectory, _logger, cancellationToken);

    /// <summary>Creates the schema for <paramref name="options"/> if it is missing (see the class summary).</summary>
    /// <param name="options">Validated storage settings.</param>
    /// <param name="dataDirectory">The silo's data directory; a relative <see cref="StorageOptions.SqliteFile"/> is resolved against it.</param>
    /// <param name="logger">Receives one line saying what was done.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task<SchemaInstallResult> ApplyAsync(
        StorageOptions options, string dataDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.ThrowIfInvalid();

        return options.Provider switch
        {
            StorageProvider.Sqlite => await ApplySqliteAsync(options, dataDirectory, logger, cancellationToken).ConfigureAwait(false),
            StorageProvider.PostgreSql => await ApplyPostgresAsync(options, logger, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
        };
    }

    /// <summary>
    /// The folder holding the scripts for <paramref name="provider"/>: <c>&lt;app&gt;/sql/&lt;provider&gt;</c>, or,
    /// when running from a source checkout without copied scripts, the nearest <c>deploy/sql/&lt;provider&gt;</c>
    /// above the application folder.
    /// </summary>
    public static string FindScriptDirectory(StorageProvider provider)
    {
        var folder = provider == StorageProvider.Sqlite ? "sqlite" : "postgresql";
        var names = ScriptNames(provider);
        var copied = Path.Combine(AppContext.BaseDirectory, "sql", folder);
        if (names.All(n => File.Exists(Path.Combine(copied, n))))
        {
            return copied;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "deploy", "sql", folder);
            if (names.All(n => File.Exists(Path.Combine(candidate, n))))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"The {provider} schema scripts ({string.Join(", ", names)}) were not found in '{copied}' " +
            $"(the silo build copies them there from deploy/sql/{folder}/) or in any deploy/sql/{folder}/ above '{AppContext.BaseDirectory}'.");
    }

    private static async Task<IReadOnlyList<(string Name, string Sql)>> ReadScriptsAsync(
        StorageProvider provider, CancellationToken cancellationToken)
    {
        var dir = FindScriptDirectory(provider);
        var scripts = new List<(string, string)>();
        foreach (var name in ScriptNames(provider))
        {
            scripts.Add((name, await File.ReadAllTextAsync(Path.Combine(dir, name), cancellationToken).ConfigureAwait(false)));
        }

        return scripts;
    }

    private static async Task<SchemaInstallResult> ApplySqliteAsync(
        StorageOptions options, string dataDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        var path = options.GetSqlitePath(dataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        await using var connection = new SqliteConnection(options.GetSqliteConnectionString(dataDirectory));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        // Persistent: stored in the file, so every later connection (Orleans' included) uses WAL.
        var journalMode = (string?)await ScalarAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            LogSqliteNotWal(logger, path, journalMode ?? "(none)");
        }

        var missing = new List<string>();
        foreach (var table in TableNames(StorageProvider.Sqlite))
        {
            var count = (long)(await ScalarAsync(
                connection, null, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}';", cancellationToken)
                .ConfigureAwait(false) ?? 0L);
            if (count == 0)
            {
                missing.Add(table);
            }
        }

        if (missing.Count == 0)
        {
            missing.AddRange(await MissingQueryKeysAsync(connection, null, cancellationToken).ConfigureAwait(false));
        }

        if (missing.Count == 0)
        {
            LogSchemaPresent(logger, StorageProvider.Sqlite, path);
            return new SchemaInstallResult(StorageProvider.Sqlite, path, Applied: false, []);
        }

        var scripts = await ReadScriptsAsync(StorageProvider.Sqlite, cancellationToken).ConfigureAwait(false);
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var (_, sql) in scripts)
            {
                await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var names = scripts.Select(s => s.Name).ToArray();
        LogSchemaApplied(logger, StorageProvider.Sqlite, path, string.Join(", ", missing), string.Join(", ", names));
        return new SchemaInstallResult(StorageProvider.Sqlite, path, Applied: true, names);
    }

    private static async Task<SchemaInstallResult> ApplyPostgresAsync(
        StorageOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var connectionString = options.GetPostgresConnectionString();
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        var target = $"{csb.Host}:{csb.Port}/{csb.Database}";

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", AdvisoryLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var missing = new List<string>();
        await using (var check = new NpgsqlCommand(
            "SELECT t FROM unnest(@tables) AS t WHERE to_regclass(t) IS NULL", connection, transaction))
        {
            check.Parameters.AddWithValue("tables", TableNames(StorageProvider.PostgreSql).ToArray());
            await using var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                missing.Add(reader.GetString(0));
            }
        }

        if (missing.Count == 0)
        {
            missing.AddRange(await MissingQueryKeysAsync(connection, transaction, cancellationToken).ConfigureAwait(false));
        }

        if (missing.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            LogSchemaPresent(logger, StorageProvider.PostgreSql, target);
            return new SchemaInstallResult(StorageProvider.PostgreSql, target, Applied: false, []);
        }

        var scripts = await ReadScriptsAsync(StorageProvider.PostgreSql, cancellationToken).ConfigureAwait(false);
        foreach (var (_, sql) in scripts)
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        var names = scripts.Select(s => s.Name).ToArray();
        LogSchemaApplied(logger, StorageProvider.PostgreSql, target, string.Join(", ", missing), string.Join(", ", names));
        return new SchemaInstallResult(StorageProvider.PostgreSql, target, Applied: true, names);
    }

    /// <summary>The <see cref="StorageQueryKeys"/> that <c>OrleansQuery</c> lacks (the table exists).</summary>
    private static async Task<IReadOnlyList<string>> MissingQueryKeysAsync(
        DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = new List<string>();
        for (var i = 0; i < StorageQueryKeys.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@key{i}";
            parameter.Value = StorageQueryKeys[i];
            command.Parameters.Add(parameter);
            names.Add(parameter.ParameterName);
        }

        command.CommandText = $"SELECT QueryKey FROM OrleansQuery WHERE QueryKey IN ({string.Join(", ", names)})";
        var present = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                present.Add(reader.GetString(0));
            }
        }

        return [.. StorageQueryKeys.Where(key => !present.Contains(key)).Select(key => $"OrleansQuery row {key}")];
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Storage schema ({Provider}) already present in {Target}; nothing to do")]
    private static partial void LogSchemaPresent(ILogger logger, StorageProvider provider, string target);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Storage schema ({Provider}) created or completed in {Target}: missing {Missing}; ran {Scripts}")]
    private static partial void LogSchemaApplied(ILogger logger, StorageProvider provider, string target, string missing, string scripts);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "SQLite database {Path} did not switch to WAL (journal_mode is {JournalMode}); readers may block the writer")]
    private static partial void LogSqliteNotWal(ILogger logger, string path, string journalMode);
}
