using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mud.Portal.WebSocket;

namespace Mud.Portal.Hosting;

public static class WebSocketServiceCollectionExtensions
{
    /// <summary>The JSON WebSocket endpoint; needs <see cref="PortalServiceCollectionExtensions.AddTelnetPortal"/>'s link to the game.</summary>
    public static IServiceCollection AddWebSocketPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebSocketOptions>().Bind(configuration.GetSection(WebSocketOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebSocketListener>();
        services.AddHostedService(sp => sp.GetRequiredService<WebSocketListener>());
        services.AddSingleton<WebSocketTlsListener>();
        services.AddHostedService(sp => sp.GetRequiredService<WebSocketTlsListener>());
        return services;
    }
}
