using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mud.Hosting;
using Mud.Tests.EndToEnd.Cluster;
using Mud.WebPortal.Hosting.KeyProtection;
using Npgsql;

namespace Mud.Tests.Web.Hosting;

/// <summary>The WebPortal's Data Protection keys: encrypted before they are stored, on disk or shared in PostgreSQL.</summary>
[Trait("Category", "Integration")]
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("mud-keys-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    /// <summary>A WebPortal's Data Protection as its own process would set it up, from settings alone.</summary>
    private static IDataProtector WebPortalProtector(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddMudDataProtection(configuration);
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void KeysOnDisk_AreEncryptedWithACertificateOnlyTheOwnerMayRead_AndOutliveTheProcess()
    {
        var settings = new Dictionary<string, string?> { ["Mud:DataDirectory"] = _dataDirectory };

        var sealedText = WebPortalProtector(settings).Protect("a login cookie");
        var restarted = WebPortalProtector(settings);

        Assert.Equal("a login cookie", restarted.Unprotect(sealedText));
        var keyFiles = Directory.GetFiles(Path.Combine(_dataDirectory, "web-keys"), "*.xml");
        Assert.NotEmpty(keyFiles);
        Assert.All(keyFiles, file =>
        {
            var xml = File.ReadAllText(file);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyProtectionCertificate.GeneratedPath(_dataDirectory)));
    }

    [Fact]
    public void AConfiguredCertificateThatCannotBeRead_IsOneLineNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => KeyProtectionCertificate.Load(new KeyProtectionOptions { CertificateFile = "missing.pfx" }, _dataDirectory));

        Assert.StartsWith("Mud:Web:Keys:CertificateFile '", SettingsProblem.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnPostgreSql_TwoWebPortalsShareTheKeys_StoredEncryptedInTheDatabase()
    {
        await using var database = await ClusterDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Mud:DataDirectory"] = _dataDirectory,
            ["Mud:Storage:Provider"] = "PostgreSql",
            ["Mud:Storage:ConnectionString"] = database.ConnectionString,
        };

        var sealedText = WebPortalProtector(settings).Protect("a login cookie");
        var otherWebPortal = WebPortalProtector(settings);

        Assert.Equal("a login cookie", otherWebPortal.Unprotect(sealedText));
        Assert.False(Directory.Exists(Path.Combine(_dataDirectory, "web-keys")) && Directory.GetFiles(Path.Combine(_dataDirectory, "web-keys"), "*.xml").Length > 0);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT xml FROM mud_web_keys", connection);
        var stored = (string?)await select.ExecuteScalarAsync();
        Assert.Contains("EncryptedData", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", stored, StringComparison.Ordinal);
    }
}
