using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Mud.Silo.Storage;

/// <summary>
/// Hands Orleans' ADO.NET grain storage pooled Microsoft.Data.Sqlite connections, one at a time, each with
/// SQLite's busy handler on (<c>PRAGMA busy_timeout</c>) and commits that do not wait for the disk
/// (<c>PRAGMA synchronous = NORMAL</c>).
/// <para>
/// One at a time because SQLite has one writer anyway, and a writer that finds the lock taken waits inside
/// SQLite by sleeping its thread (1, 2, 5, 10 ms...). With hundreds of writes a second, those sleeps held
/// thread-pool threads and every other grain turn queued behind them: the tail latency of each scenario that
/// writes (walking, casting) was that queue. Waiting for a connection here is asynchronous and in order, and
/// a connection is held only for the few hundred microseconds of one query. The busy handler still covers a
/// lock held by another process (an operator's <c>sqlite3</c> shell); both it and the gate give up after the
/// same timeout.
/// </para>
/// </summary>
internal sealed class SqliteGrainStorageDataSource : DbDataSource
{
    private readonly string _connectionString;
    private readonly string _pragma;
    private readonly TimeSpan _timeout;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public SqliteGrainStorageDataSource(string connectionString, TimeSpan busyTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
        _timeout = busyTimeout;
        // synchronous=NORMAL: in WAL mode a commit no longer waits for an fsync; the WAL is synced at checkpoints.
        // The database stays consistent after any crash; a power cut may lose the last moments of play.
        _pragma = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;");
    }

    public override string ConnectionString => _connectionString;

    protected override DbConnection CreateDbConnection() => new SqliteConnection(_connectionString);

    protected override DbConnection OpenDbConnection()
    {
        if (!_gate.Wait(_timeout))
        {
            throw Busy();
        }

        return OpenGated();
    }

    protected override async ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken = default)
    {
        if (!await _gate.WaitAsync(_timeout, cancellationToken).ConfigureAwait(false))
        {
            throw Busy();
        }

        // Microsoft.Data.Sqlite opens synchronously anyway.
        return OpenGated();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private static SqliteException Busy() => new("The game database stayed busy for the whole busy timeout.", 5 /* SQLITE_BUSY */);

    private GatedConnection OpenGated()
    {
        var connection = new GatedConnection(_connectionString, _gate);
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

    /// <summary>A connection that gives the gate back when it is disposed (Orleans disposes each after one query).</summary>
    private sealed class GatedConnection(string connectionString, SemaphoreSlim gate) : SqliteConnection(connectionString)
    {
        private int _released;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
