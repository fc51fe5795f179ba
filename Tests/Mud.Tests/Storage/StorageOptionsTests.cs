using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Mud.Silo.Storage;
using Npgsql;

namespace Mud.Tests.Storage;

[Trait("Category", "Unit")]
public sealed class StorageOptionsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    [Fact]
    public void Defaults_AreSqliteInMudDb()
    {
        var options = StorageOptions.FromConfiguration(Config());

        Assert.Equal(StorageProvider.Sqlite, options.Provider);
        Assert.Equal("mud.db", options.SqliteFile);
        Assert.Equal(Path.GetFullPath("/srv/mud/mud.db"), options.GetSqlitePath("/srv/mud"));
    }

    [Fact]
    public void FromConfiguration_BindsTheSection()
    {
        var options = StorageOptions.FromConfiguration(Config(
            ("Mud:Storage:Provider", "PostgreSql"),
            ("Mud:Storage:ConnectionString", "Host=db;Database=mud;Username=mud;Password=x")));

        Assert.Equal(StorageProvider.PostgreSql, options.Provider);
        Assert.Equal("Host=db;Database=mud;Username=mud;Password=x", options.ConnectionString);
    }

    [Fact]
    public void PostgreSql_WithoutConnectionString_FailsWithAMessageNamingTheSetting()
    {
        var ex = Assert.Throws<OptionsValidationException>(() =>
            StorageOptions.FromConfiguration(Config(("Mud:Storage:Provider", "PostgreSql"))));

        Assert.Contains("Mud:Storage:ConnectionString is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSql_WithAMalformedConnectionString_FailsValidation()
    {
        var options = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = "Hots=db;Database=mud" };

        var errors = options.Validate();

        Assert.Contains(errors, e => e.Contains("not a valid Npgsql connection string", StringComparison.Ordinal));
    }

    [Fact]
    public void Sqlite_WithAnEmptyFile_FailsValidation()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { SqliteFile = " " });

        Assert.True(result.Failed);
    }

    [Fact]
    public void SqlitePath_MayBeAbsolute()
    {
        var options = new StorageOptions { SqliteFile = "/var/lib/mud/world.db" };

        Assert.Equal("/var/lib/mud/world.db", options.GetSqlitePath("/srv/mud"));
    }

    [Theory]
    [InlineData("Host=db;Database=mud", 20)]
    [InlineData("Host=db;Database=mud;Maximum Pool Size=50", 50)]
    [InlineData("Host=db;Database=mud;MAXIMUM POOL SIZE=7", 7)]
    [InlineData("Host=db;Database=mud;maxpoolsize=9", 9)]
    public void PostgresConnectionString_CapsThePoolAt20UnlessSet(string connectionString, int expected)
    {
        var options = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = connectionString };

        var built = new NpgsqlConnectionStringBuilder(options.GetPostgresConnectionString());

        Assert.Equal(expected, built.MaxPoolSize);
        Assert.Equal("db", built.Host);
    }
}
