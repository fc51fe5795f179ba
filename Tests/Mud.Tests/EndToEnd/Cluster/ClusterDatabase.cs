using System.Text.Json;
using Mud.Tests.Storage;
using Npgsql;

namespace Mud.Tests.EndToEnd.Cluster;

/// <summary>
/// A fresh PostgreSQL schema for one multi-silo test, in the server named by <c>MUD_TEST_POSTGRES</c> (or another
/// one the test started): the silos create the Orleans tables in it, and the test reads what they stored.
/// Dropped afterwards.
/// </summary>
public sealed class ClusterDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;
    private readonly string _schema = $"mud_e2e_{Guid.NewGuid():N}";

    private ClusterDatabase(string serverConnectionString)
    {
        _serverConnectionString = serverConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { SearchPath = _schema }.ConnectionString;
    }

    /// <summary>What the MUD is started with: the server, with this test's schema as its search path.</summary>
    public string ConnectionString { get; }

    public static async Task<ClusterDatabase> CreateAsync(string? serverConnectionString = null)
    {
        var database = new ClusterDatabase(serverConnectionString ?? PostgresStorageEnvironment.RequireConnectionString());
        await database.ExecuteAsync($"CREATE SCHEMA \"{database._schema}\"");
        return database;
    }

    /// <summary>A character's stored location (room id), or null when it has no stored state.</summary>
    public async Task<string?> StoredLocationAsync(string characterName)
    {
        var payload = await PayloadAsync("character", characterName.ToLowerInvariant());
        return payload is null ? null : JsonDocument.Parse(payload).RootElement.GetProperty("Location").GetString();
    }

    /// <summary>The ids of the objects a character's stored state lists in its inventory, in their order.</summary>
    public async Task<IReadOnlyList<string>> StoredInventoryAsync(string characterName)
    {
        var payload = await PayloadAsync("character", characterName.ToLowerInvariant());
        return payload is null
            ? []
            : [.. JsonDocument.Parse(payload).RootElement.GetProperty("Inventory").EnumerateArray().Select(item => item.GetProperty("Id").GetString()!)];
    }

    /// <summary>The key of whatever an item's stored state says holds it (a character's key, a room's id), or null.</summary>
    public async Task<string?> StoredHolderAsync(string objectId)
    {
        var payload = await PayloadAsync("object", objectId);
        return payload is null || JsonDocument.Parse(payload).RootElement.GetProperty("Location") is not { ValueKind: JsonValueKind.Object } location
            ? null
            : location.GetProperty("Key").GetString();
    }

    /// <summary>Whether an account has stored state.</summary>
    public async Task<bool> AccountExistsAsync(string accountName) => await PayloadAsync("account", accountName.ToLowerInvariant()) is not null;

    /// <summary>
    /// The ids of sessions with a stored row whose id starts with <paramref name="prefix"/> (a Portal's id). A closed
    /// session's row is deleted, so an empty row counts here too: it would be one left behind.
    /// </summary>
    public async Task<IReadOnlyList<string>> StoredSessionsAsync(string prefix)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT grainidextensionstring FROM orleansstorage WHERE graintypestring = 'session' AND grainidextensionstring LIKE @prefix",
            connection);
        command.Parameters.AddWithValue("prefix", prefix + "%");
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>The tables in this test's schema.</summary>
    public async Task<IReadOnlyList<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = @schema ORDER BY 1", connection);
        command.Parameters.AddWithValue("schema", _schema);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        }
        catch (NpgsqlException)
        {
            // The server of a test that stopped it for good; it is deleted with its folder.
        }
    }

    private async Task<string?> PayloadAsync(string stateName, string key)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payloadbinary FROM orleansstorage WHERE graintypestring = @state AND grainidextensionstring = @key", connection);
        command.Parameters.AddWithValue("state", stateName);
        command.Parameters.AddWithValue("key", key);
        return await command.ExecuteScalarAsync() is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
