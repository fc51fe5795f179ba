using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Mud.WebPortal.Hosting.KeyProtection;

/// <summary>
/// Data Protection keys in the game's PostgreSQL database (table <c>mud_web_keys</c>, made on first use), so every
/// WebPortal of a cluster signs and reads the same cookies. What is stored is already encrypted
/// (<see cref="KeyProtectionCertificate"/>).
/// </summary>
public sealed class PostgresXmlRepository(string connectionString) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        using var select = new NpgsqlCommand("SELECT xml FROM mud_web_keys ORDER BY id", connection);
        using var reader = select.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = Open();
        using var insert = new NpgsqlCommand("INSERT INTO mud_web_keys (friendly_name, xml) VALUES (@name, @xml)", connection);
        insert.Parameters.AddWithValue("name", friendlyName);
        insert.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        insert.ExecuteNonQuery();
    }

    // Data Protection asks synchronously, rarely (at start, then about once a day), so a plain connection each time does.
    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        try
        {
            // Under an advisory lock, so two WebPortals starting together do not both try to make the table.
            using var create = new NpgsqlCommand(
                "SELECT pg_advisory_xact_lock(7170052347213890899); CREATE TABLE IF NOT EXISTS mud_web_keys (id bigserial PRIMARY KEY, friendly_name text NOT NULL, xml text NOT NULL)",
                connection);
            using var transaction = connection.BeginTransaction();
            create.Transaction = transaction;
            create.ExecuteNonQuery();
            transaction.Commit();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
