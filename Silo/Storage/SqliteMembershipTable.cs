using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Mud.Silo.Storage;

/// <summary>Settings of <see cref="SqliteMembershipTable"/>.</summary>
/// <param name="ConnectionString">The game's SQLite file (the same one grain state lives in).</param>
/// <param name="JoinExisting">
/// False (a plain start): this silo is the only one of the embedded game, so every other silo still listed as
/// alive is a crashed one and is marked dead before joining, rather than probed for minutes.
/// True: the launcher's reload hand-over; the silo already running is joined.
/// </param>
public sealed record SqliteMembershipSettings(string ConnectionString, bool JoinExisting);

/// <summary>
/// Orleans cluster membership in the embedded game's SQLite file (tables from <c>deploy/sql/sqlite/03-membership.sql</c>),
/// so that a second silo can join while the first hands over and leaves: localhost clustering keeps membership in
/// the first silo's memory and dies with it. Each change runs in one <c>BEGIN IMMEDIATE</c> transaction, which
/// gives the version and etag checks of <see cref="IMembershipTable"/> across the processes sharing the file.
/// </summary>
internal sealed partial class SqliteMembershipTable(
    SqliteMembershipSettings settings,
    IOptions<ClusterOptions> cluster,
    ILogger<SqliteMembershipTable> logger) : IMembershipTable
{
    private const string Columns = "Silo, Etag, SiloName, HostName, Status, ProxyPort, SuspectTimes, StartTime, IAmAliveTime";
    private readonly string _clusterId = cluster.Value.ClusterId;

    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (tryInitTableVersion)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT OR IGNORE INTO MudMembershipVersion (ClusterId, Version, VersionEtag) VALUES ($cluster, 0, $etag);",
                ("$etag", NewEtag()));
        }

        if (!settings.JoinExisting)
        {
            var stale = await ExecuteAsync(connection, transaction,
                "UPDATE MudMembership SET Status = $dead, Etag = $etag WHERE ClusterId = $cluster AND Status <> $dead;",
                ("$dead", (int)SiloStatus.Dead), ("$etag", NewEtag()));
            if (stale > 0)
            {
                await BumpVersionAsync(connection, transaction);
                LogStaleSilos(logger, stale);
            }
        }

        await transaction.CommitAsync();
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        await ExecuteAsync(connection, transaction, "DELETE FROM MudMembership WHERE ClusterId = $id;", ("$id", clusterId));
        await ExecuteAsync(connection, transaction, "DELETE FROM MudMembershipVersion WHERE ClusterId = $id;", ("$id", clusterId));
        await transaction.CommitAsync();
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        var all = await ReadAll();
        var defunct = all.Members
            .Where(m => m.Item1.Status != SiloStatus.Active && LastSeen(m.Item1) < beforeDate.UtcDateTime)
            .Select(m => m.Item1.SiloAddress.ToParsableString())
            .ToList();
        if (defunct.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var silo in defunct)
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM MudMembership WHERE ClusterId = $cluster AND Silo = $silo;", ("$silo", silo));
        }

        await transaction.CommitAsync();
    }

    public async Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: true);
        var version = await ReadVersionAsync(connection, transaction);
        var rows = await ReadMembersAsync(connection, transaction, key);
        return rows.Count == 0 ? new MembershipTableData(version) : new MembershipTableData(rows[0], version);
    }

    public async Task<MembershipTableData> ReadAll()
    {
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: true);
        var version = await ReadVersionAsync(connection, transaction);
        return new MembershipTableData(await ReadMembersAsync(connection, transaction, null), version);
    }

    public async Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var current = await ReadVersionAsync(connection, transaction);
        if (current.VersionEtag != tableVersion.VersionEtag || (await ReadMembersAsync(connection, transaction, entry.SiloAddress)).Count > 0)
        {
            return false;
        }

        await ExecuteAsync(connection, transaction,
            $"INSERT INTO MudMembership (ClusterId, {Columns}) VALUES ($cluster, $silo, $etag, $name, $host, $status, $proxy, $suspects, $start, $alive);",
            EntryParameters(entry));
        await SetVersionAsync(connection, transaction, tableVersion.Version);
        await transaction.CommitAsync();
        return true;
    }

    public async Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        await using var connection = await OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var current = await ReadVersionAsync(connection, transaction);
        if (current.VersionEtag != tableVersion.VersionEtag)
        {
            return false;
        }

        var updated = await ExecuteAsync(connection, transaction,
            "UPDATE MudMembership SET Etag = $etag, SiloName = $name, HostName = $host, Status = $status, ProxyPort = $proxy, " +
            "SuspectTimes = $suspects, StartTime = $start, IAmAliveTime = $alive WHERE ClusterId = $cluster AND Silo = $silo AND Etag = $expected;",
            [.. EntryParameters(entry), ("$expected", etag)]);
        if (updated == 0)
        {
            return false;
        }

        await SetVersionAsync(connection, transaction, tableVersion.Version);
        await transaction.CommitAsync();
        return true;
    }

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, null,
            "UPDATE MudMembership SET IAmAliveTime = $alive WHERE ClusterId = $cluster AND Silo = $silo;",
            ("$alive", Time(entry.IAmAliveTime)), ("$silo", entry.SiloAddress.ToParsableString()));
    }

    // When the silo last said or was said anything: its own heartbeat, or the latest vote against it.
    private static DateTime LastSeen(MembershipEntry entry) =>
        (entry.SuspectTimes ?? []).Select(s => s.Item2).Append(entry.IAmAliveTime).Append(entry.StartTime).Max();

    private static string NewEtag() => Guid.NewGuid().ToString("N");

    private static string Time(DateTime time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTime ParseTime(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime();

    private static (string, object)[] EntryParameters(MembershipEntry entry) =>
    [
        ("$silo", entry.SiloAddress.ToParsableString()),
        ("$etag", NewEtag()),
        ("$name", entry.SiloName ?? ""),
        ("$host", entry.HostName ?? ""),
        ("$status", (int)entry.Status),
        ("$proxy", entry.ProxyPort),
        ("$suspects", entry.SuspectTimes is { Count: > 0 } suspects
            ? JsonSerializer.Serialize(suspects.Select(s => new StoredSuspicion(s.Item1.ToParsableString(), Time(s.Item2))).ToList())
            : DBNull.Value),
        ("$start", Time(entry.StartTime)),
        ("$alive", Time(entry.IAmAliveTime)),
    ];

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(settings.ConnectionString);
        try
        {
            await connection.OpenAsync();
            // Another silo (or the grain storage) may hold the write lock for a moment: wait for it inside SQLite.
            await ExecuteAsync(connection, null, string.Create(CultureInfo.InvariantCulture,
                $"PRAGMA busy_timeout = {(int)StorageSiloBuilderExtensions.SqliteBusyTimeout.TotalMilliseconds};"));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    private SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (sql.Contains("$cluster", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$cluster", _clusterId);
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private async Task<TableVersion> ReadVersionAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        await using var command = Command(connection, transaction,
            "SELECT Version, VersionEtag FROM MudMembershipVersion WHERE ClusterId = $cluster;", []);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new TableVersion(reader.GetInt32(0), reader.GetString(1))
            : new TableVersion(0, "");
    }

    private async Task BumpVersionAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var current = await ReadVersionAsync(connection, transaction);
        await SetVersionAsync(connection, transaction, current.Version + 1);
    }

    private Task<int> SetVersionAsync(SqliteConnection connection, SqliteTransaction transaction, int version) =>
        ExecuteAsync(connection, transaction,
            "UPDATE MudMembershipVersion SET Version = $version, VersionEtag = $etag WHERE ClusterId = $cluster;",
            ("$version", version), ("$etag", NewEtag()));

    private async Task<List<Tuple<MembershipEntry, string>>> ReadMembersAsync(SqliteConnection connection, SqliteTransaction transaction, SiloAddress? only)
    {
        var sql = $"SELECT {Columns} FROM MudMembership WHERE ClusterId = $cluster" + (only is null ? ";" : " AND Silo = $silo;");
        await using var command = Command(connection, transaction, sql, only is null ? [] : [("$silo", only.ToParsableString())]);
        await using var reader = await command.ExecuteReaderAsync();
        var members = new List<Tuple<MembershipEntry, string>>();
        while (await reader.ReadAsync())
        {
            var entry = new MembershipEntry
            {
                SiloAddress = SiloAddress.FromParsableString(reader.GetString(0)),
                SiloName = reader.GetString(2),
                HostName = reader.GetString(3),
                Status = (SiloStatus)reader.GetInt32(4),
                ProxyPort = reader.GetInt32(5),
                StartTime = ParseTime(reader.GetString(7)),
                IAmAliveTime = ParseTime(reader.GetString(8)),
            };
            if (!reader.IsDBNull(6))
            {
                entry.SuspectTimes = JsonSerializer.Deserialize<List<StoredSuspicion>>(reader.GetString(6))?
                    .Select(s => Tuple.Create(SiloAddress.FromParsableString(s.Silo), ParseTime(s.At)))
                    .ToList();
            }

            members.Add(Tuple.Create(entry, reader.GetString(1)));
        }

        return members;
    }

    /// <summary>One death vote as stored in <c>SuspectTimes</c>.</summary>
    private sealed record StoredSuspicion(string Silo, string At);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marked {Count} silos dead that were still listed as alive in the embedded game's membership (left by a crash)")]
    private static partial void LogStaleSilos(ILogger logger, int count);
}
