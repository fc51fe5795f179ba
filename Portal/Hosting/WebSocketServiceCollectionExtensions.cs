using System.Net;
using System.Net.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mud.Hosting;
using Mud.Portal.WebSocket;

namespace Mud.Portal.Hosting;

public static class WebSocketServiceCollectionExtensions
{
    /// <summary>The JSON WebSocket's settings and sessions; needs <see cref="PortalServiceCollectionExtensions.AddTelnetPortal"/>'s link to the game.</summary>
    public static IServiceCollection AddWebSocketPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebSocketOptions>().Bind(configuration.GetSection(WebSocketOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebSocketSessions>();
        return services;
    }

    /// <summary>
    /// The JSON WebSocket on the Portal's web server (Kestrel): <c>ws://</c> on <c>Mud:WebSocket:Port</c> and
    /// <c>wss://</c> on <c>Mud:WebSocket:TlsPort</c> (unless it is 0), with the TLS ports' certificate, both on <c>Mud:BindAddress</c>.
    /// </summary>
    public static WebApplicationBuilder AddWebSocketPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddWebSocketPortal(builder.Configuration);
        var options = builder.Configuration.GetSection(WebSocketOptions.Section).Get<WebSocketOptions>() ?? new WebSocketOptions();
        var address = MudHost.BindAddress(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // A connection that sends nothing, or its request head too slowly, is closed (Kestrel's defaults are 130 s and 30 s).
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(options.HeadersTimeoutSeconds);
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(options.HeadersTimeoutSeconds);
            kestrel.Limits.MaxRequestHeadersTotalSize = 8192;
            // A port out of range is not listened on here but reported by validation, which stops the start with one line.
            if (IsPort(options.Port))
            {
                kestrel.Listen(address, options.Port);
            }

            if (options.TlsPort == 0 || !IsPort(options.TlsPort))
            {
                return;
            }

            // The certificate is asked for at each handshake, not here: Kestrel is configured before the settings are
            // validated, and the certificate is loaded (or made) once they are (see Program).
            kestrel.Listen(address, options.TlsPort, listen => listen.UseHttps(new TlsHandshakeCallbackOptions
            {
                OnConnection = _ => ValueTask.FromResult(new SslServerAuthenticationOptions
                {
                    ServerCertificateContext = kestrel.ApplicationServices.GetRequiredService<PortalCertificate>().Context,
                }),
            }));
        });
        return builder;
    }

    private static bool IsPort(int port) => port is >= IPEndPoint.MinPort and <= IPEndPoint.MaxPort;

    /// <summary>Accepts WebSockets at <c>/</c> from the allowed origins (see <see cref="WebSocketOptions.AllowedOrigins"/>).</summary>
    public static WebApplication MapWebSocketPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetSection(WebSocketOptions.Section).Get<WebSocketOptions>() ?? new WebSocketOptions();
        var keepAlive = TimeSpan.FromSeconds(options.KeepAliveSeconds);

        // A ping every keep-alive interval, and a client that has not answered one within the next is dropped.
        var webSockets = new Microsoft.AspNetCore.Builder.WebSocketOptions { KeepAliveInterval = keepAlive, KeepAliveTimeout = keepAlive };
        var webPort = app.Configuration.GetValue("Mud:Web:Port", 8080);
        string[] origins = options.AllowedOrigins.Length > 0 ? options.AllowedOrigins : [$"http://localhost:{webPort}", $"http://127.0.0.1:{webPort}"];
        foreach (var origin in origins)
        {
            webSockets.AllowedOrigins.Add(origin);
        }

        app.UseWebSockets(webSockets);
        var sessions = app.Services.GetRequiredService<WebSocketSessions>();
        app.Map("/", sessions.ServeAsync);
        return app;
    }
}
