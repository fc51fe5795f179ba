using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Mud.Hosting;

namespace Mud.WebPortal.Hosting.KeyProtection;

public static class KeyProtectionExtensions
{
    /// <summary>
    /// Data Protection for login cookies and antiforgery tokens, valid across restarts: keys encrypted with
    /// <see cref="KeyProtectionCertificate"/>, kept in the PostgreSQL database when the game runs on one (shared by every
    /// WebPortal), otherwise under the data folder.
    /// </summary>
    public static IServiceCollection AddMudDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection().SetApplicationName("Mud.WebPortal");
        if (ClusterClientExtensions.UsesPostgres(configuration) && configuration["Mud:Storage:ConnectionString"] is { Length: > 0 } connectionString)
        {
            services.Configure<KeyManagementOptions>(o => o.XmlRepository = new PostgresXmlRepository(connectionString));
        }
        else
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(MudHost.DataDirectory(configuration), "web-keys")));
        }

        var protection = configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        var certificate = KeyProtectionCertificate.Load(protection, MudHost.DataDirectory(configuration));
        keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return services;
    }
}
