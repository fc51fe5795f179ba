using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Mud.Silo.Storage;

/// <summary>
/// Hands Orleans' ADO.NET grain storage pooled Microsoft.Data.Sqlite connections with SQLite's own busy handler
/// switched on (<c>PRAGMA busy_timeout</c>) and commits that do not wait for the disk (<c>PRAGMA synchronous = NORMAL</c>). Without it, a writer that finds the database locked relies on
/// Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms between attempts; SQLite's handler retries within
/// milliseconds, which roughly halved the time of a 3,000-write concurrent burst here. Both give up after the
/// same 30 s. The pragma is per connection, so it is set on every open (it costs microseconds).
/// </summary>
internal sealed class SqliteBusyTimeoutDataSource : DbDataSource
{
    private readonly string _connectionString;
    private readonly string _pragma;

    public SqliteBusyTimeoutDataSource(string connectionString, TimeSpan busyTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
        // synchronous=NORMAL: in WAL mode a commit no longer waits for an fsync; the WAL is synced at checkpoints.
        // The database stays consistent after any crash; a power cut may lose the last moments of play.
        _pragma = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;");
    }

    public override string ConnectionString => _connectionString;

    protected override DbConnection CreateDbConnection() => new SqliteConnection(_connectionString);

    protected override DbConnection OpenDbConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = _pragma;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // Microsoft.Data.Sqlite does its I/O synchronously anyway.
    protected override ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(OpenDbConnection());
    }
}
