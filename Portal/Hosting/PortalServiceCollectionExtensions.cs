using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Mud.Hosting;
using Mud.Portal.Cluster;
using Mud.Portal.Mssp;
using Mud.Portal.Operations;
using Mud.Portal.Telnet.Server;

namespace Mud.Portal.Hosting;

public static class PortalServiceCollectionExtensions
{
    /// <summary>
    /// The telnet server and its link to the game: everything the Portal process runs besides the Orleans client.
    /// The TLS telnet port and the certificate are left out when <c>Mud:Telnet:TlsPort</c> (and, for the certificate,
    /// <c>Mud:WebSocket:TlsPort</c>) is 0.
    /// </summary>
    public static IServiceCollection AddTelnetPortal(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        services.AddOptions<TelnetOptions>().Bind(configuration.GetSection(TelnetOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MsspOptions>().Bind(configuration.GetSection(MsspOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MsspOptions>, MsspOptionsValidator>();
        services.AddSingleton<MsspSource>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<PortalObserver>();
        services.AddSingleton<PortalIdentity>();
        services.AddSingleton<PortalMetrics>();
        services.AddSingleton(new LeavingSiloNotice(Path.Combine(MudHost.DataDirectory(configuration), "run")));
        services.AddSingleton<ClusterLink>();
        services.AddHostedService(sp => sp.GetRequiredService<ClusterLink>());
        services.AddSingleton<TelnetListener>();
        services.AddHostedService(sp => sp.GetRequiredService<TelnetListener>());

        // With both TLS ports off (TLS ends at a proxy in front) there is no certificate to load or make.
        if (TlsPorts.AnyOn(configuration))
        {
            services.AddOptions<PortalTlsOptions>().Bind(configuration.GetSection(PortalTlsOptions.Section));
            services.AddSingleton<PortalCertificate>();
        }

        if (TlsPorts.TelnetOn(configuration))
        {
            services.AddSingleton<TelnetTlsListener>();
            services.AddHostedService(sp => sp.GetRequiredService<TelnetTlsListener>());
        }
        services.AddHealthChecks().AddCheck<PortalReadinessCheck>("game", tags: [AdminEndpoint.ReadyTag]);
        return services;
    }
}
