using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Mud.Hosting;

/// <summary>Where the admin endpoints listen (configuration section <c>Mud:Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string Section = "Mud:Admin";

    /// <summary>
    /// The admin endpoints (health, metrics, the silo's dashboard) have no authentication, so they listen on
    /// loopback unless an operator opens them, e.g. to a Kubernetes probe or a Prometheus scraper.
    /// </summary>
    [Required]
    public string BindAddress { get; set; } = "127.0.0.1";
}

/// <summary>
/// The operations surface every Mud process has on its own admin port: <c>/health</c> (the process serves),
/// <c>/health/ready</c> (it can do its job: checks tagged <see cref="ReadyTag"/>) and <c>/metrics</c>
/// (OpenTelemetry metrics in the Prometheus text format: the <c>Mud.*</c> meters, Orleans' and ASP.NET Core's).
/// </summary>
public static class AdminEndpoint
{
    /// <summary>Tag of the health checks that decide readiness.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// The meters exported: the game's own, Orleans', the web server's and the runtime's (garbage collections and
    /// their pause time, the thread pool, memory: what a latency tail is made of; observed only when scraped).
    /// </summary>
    public static readonly string[] Meters =
        ["Mud.*", "Microsoft.Orleans", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime"];

    // OpenTelemetry allocates every metric's points up front, 2,000 by default: about 170 KB of large-object heap for
    // each of the silo's 130 metrics. Ours have a few dozen tag combinations at most (one per grain type).
    private const int CardinalityLimit = 256;

    /// <summary>
    /// Listens on <c>Mud:Admin:BindAddress</c> and the port in <paramref name="portSetting"/> (default
    /// <paramref name="defaultPort"/>), and registers health checks and the metrics exporter.
    /// Returns the port setting's value.
    /// </summary>
    public static int AddMudAdmin(this WebApplicationBuilder builder, string portSetting, int defaultPort)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var port = AdminPort(builder.Configuration, portSetting, defaultPort);
        var options = builder.Configuration.GetSection(AdminOptions.Section).Get<AdminOptions>() ?? new AdminOptions();
        if (!IPAddress.TryParse(options.BindAddress, out var address))
        {
            throw new InvalidOperationException($"{AdminOptions.Section}:BindAddress '{options.BindAddress}' is not an IP address.");
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, port));
        builder.Services.AddSingleton(new AdminPortNumber(port));
        builder.Services.AddHealthChecks();
        var service = Assembly.GetEntryAssembly()?.GetName().Name ?? "Mud";
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(service))
            .WithMetrics(metrics => metrics.AddMeter(Meters).AddView(_ => new MetricStreamConfiguration { CardinalityLimit = CardinalityLimit }).AddPrometheusExporter());
        return port;
    }

    /// <summary>
    /// Maps <c>/metrics</c> (and, unless <paramref name="withHealth"/> is false because the process maps its own,
    /// <c>/health</c> and <c>/health/ready</c>) so that they answer on the admin port only.
    /// </summary>
    public static WebApplication MapMudAdmin(this WebApplication app, bool withHealth = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        var port = app.Services.GetRequiredService<AdminPortNumber>().Value;

        // Endpoints marked admin-only answer 404 on any other port the process listens on (the WebPortal's site):
        // a Host header can be forged, the local port cannot.
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<AdminOnlyMetadata>() is not null && context.Connection.LocalPort != port)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });

        app.MapPrometheusScrapingEndpoint("/metrics").AdminOnly();
        if (withHealth)
        {
            app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatusAsync }).AdminOnly();
            app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteStatusAsync }).AdminOnly();
        }

        return app;
    }

    /// <summary>Restricts an endpoint to the admin port (see <see cref="MapMudAdmin"/>).</summary>
    public static TBuilder AdminOnly<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new AdminOnlyMetadata());
        return builder;
    }

    /// <summary>"ok", or the status in lower case, as plain text (the body probes and people read).</summary>
    public static Task WriteStatusAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "text/plain; charset=utf-8";
        var text = report.Status == HealthStatus.Healthy
            ? "ok"
            : report.Status.ToString().ToLowerInvariant() + string.Concat(report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
                .Select(e => $"\n{e.Key}: {e.Value.Description}"));
        return context.Response.WriteAsync(text, Encoding.UTF8);
    }

    private static int AdminPort(IConfiguration configuration, string portSetting, int defaultPort)
    {
        var text = configuration[portSetting];
        if (string.IsNullOrEmpty(text))
        {
            return defaultPort;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
            ? port
            : throw new InvalidOperationException($"{portSetting} '{text}' is not a port number (0-65535).");
    }

    private sealed record AdminPortNumber(int Value);

    private sealed class AdminOnlyMetadata;
}
