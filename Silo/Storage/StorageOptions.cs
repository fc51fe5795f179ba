using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Mud.Silo.Storage;

/// <summary>Where grain state (and, with PostgreSQL, membership and reminders) is kept.</summary>
public enum StorageProvider
{
    /// <summary>One embedded SQLite file; single silo, localhost clustering, in-memory reminders.</summary>
    Sqlite,

    /// <summary>PostgreSQL for grain state, cluster membership and reminders.</summary>
    PostgreSql,
}

/// <summary>Storage settings (configuration section <c>Mud:Storage</c>; environment <c>Mud__Storage__Provider</c> etc.).</summary>
public sealed class StorageOptions
{
    public const string Section = "Mud:Storage";

    /// <summary>The storage back end. Default <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// Npgsql connection string, required when <see cref="Provider"/> is <see cref="StorageProvider.PostgreSql"/>,
    /// e.g. <c>Host=127.0.0.1;Port=5432;Username=mud;Password=…;Database=mud</c>.
    /// <c>Maximum Pool Size=20</c> is added when the string sets no pool size.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The SQLite database file; a relative path is relative to the silo's data directory. Default <c>mud.db</c>.</summary>
    public string SqliteFile { get; set; } = "mud.db";

    /// <summary>Binds <see cref="Section"/> from <paramref name="configuration"/> and validates it.</summary>
    /// <exception cref="OptionsValidationException">The settings are invalid; the message says which and why.</exception>
    public static StorageOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new StorageOptions();
        configuration.GetSection(Section).Bind(options);
        options.ThrowIfInvalid();
        return options;
    }

    /// <summary>The problems with these settings, each a sentence an operator can act on; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        switch (Provider)
        {
            case StorageProvider.Sqlite:
                if (string.IsNullOrWhiteSpace(SqliteFile))
                {
                    errors.Add($"{Section}:SqliteFile must name a database file (default 'mud.db') when {Section}:Provider is Sqlite.");
                }
                else if (SqliteFile.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
                {
                    errors.Add($"{Section}:SqliteFile '{SqliteFile}' is not a valid file path.");
                }

                break;

            case StorageProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(ConnectionString))
                {
                    errors.Add(
                        $"{Section}:ConnectionString is required when {Section}:Provider is PostgreSql " +
                        "(e.g. 'Host=127.0.0.1;Port=5432;Username=mud;Password=...;Database=mud'; environment variable Mud__Storage__ConnectionString).");
                }
                else
                {
                    try
                    {
                        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
                        if (string.IsNullOrWhiteSpace(builder.Host))
                        {
                            errors.Add($"{Section}:ConnectionString must set Host.");
                        }

                        if (string.IsNullOrWhiteSpace(builder.Database))
                        {
                            errors.Add($"{Section}:ConnectionString must set Database.");
                        }
                    }
                    catch (ArgumentException ex)
                    {
                        errors.Add($"{Section}:ConnectionString is not a valid Npgsql connection string: {ex.Message}");
                    }
                }

                break;

            default:
                errors.Add($"{Section}:Provider '{Provider}' is not supported; use Sqlite or PostgreSql.");
                break;
        }

        return errors;
    }

    /// <exception cref="OptionsValidationException">The settings are invalid.</exception>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(Section, typeof(StorageOptions), errors);
        }
    }

    /// <summary>The absolute path of the SQLite file for a silo whose data directory is <paramref name="dataDirectory"/>.</summary>
    public string GetSqlitePath(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        return Path.GetFullPath(Path.Combine(dataDirectory, SqliteFile));
    }

    /// <summary>How long a SQLite statement may wait for a lock (SQLITE_BUSY) before it fails.</summary>
    public const int SqliteBusyTimeoutSeconds = 30;

    /// <summary>
    /// The Microsoft.Data.Sqlite connection string for the SQLite file, e.g.
    /// <c>Data Source=/srv/mud/mud.db;Mode=ReadWriteCreate;Cache=Private;Pooling=True;Default Timeout=30</c>.
    /// Private cache (shared cache is discouraged with WAL), pooled connections, and a 30 s
    /// <c>Default Timeout</c>: Microsoft.Data.Sqlite retries a statement that meets SQLITE_BUSY/SQLITE_LOCKED
    /// until the command timeout. The grain storage also sets <c>PRAGMA busy_timeout</c> on each connection.
    /// </summary>
    public string GetSqliteConnectionString(string dataDirectory) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = GetSqlitePath(dataDirectory),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = SqliteBusyTimeoutSeconds,
        }.ToString();

    /// <summary>The Npgsql connection string with <c>Maximum Pool Size=20</c> added unless it already sets a pool size.</summary>
    public string GetPostgresConnectionString()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException($"{Section}:ConnectionString is not set.");
        }

        return WithDefaultPoolSize(ConnectionString);
    }

    internal const int DefaultMaxPoolSize = 20;

    internal static string WithDefaultPoolSize(string connectionString)
    {
        var raw = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var setsPoolSize = raw.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal))
            .Any(k => k.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase)
                || k.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase));
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!setsPoolSize)
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        return builder.ConnectionString;
    }
}

/// <summary>Validates <see cref="StorageOptions"/> for <c>AddOptions&lt;StorageOptions&gt;().ValidateOnStart()</c>.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
