using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Mud.Hosting;
using Mud.WebPortal.Hosting.KeyProtection;
using Mud.WebPortal.Services;
using Mud.WebPortal.Services.Accounts;
using Mud.WebPortal.Services.Admin;
using Mud.WebPortal.Services.Characters;
using Mud.WebPortal.Services.Mail;
using Mud.WebPortal.Services.Play;

namespace Mud.WebPortal.Hosting;

public static class WebPortalExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>Everything the WebPortal process runs besides the Orleans client: Kestrel, Blazor, the game facades, health.</summary>
    public static WebApplicationBuilder AddWebPortal(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;

        builder.Logging.AddMudConsole(configuration);

        // The launcher runs a copy of the build output, not a published app. Outside Development the framework
        // serves static web assets (blazor.web.js, app.css) only from a publish folder's wwwroot and answers
        // every other asset with an empty 200, so read the build's manifest (the files' source locations) here too.
        // Published output has no such manifest, and this does nothing.
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var address = MudHost.BindAddress(configuration);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<WebOptions>>((kestrel, web) => kestrel.Listen(address, web.Value.Port));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((forwarded, web) => TrustedProxies.Apply(forwarded, TrustedProxies.Parse(web.Value.TrustedProxies).Networks));

        // Circuits, cookies and antiforgery tokens stay valid across restarts of the WebPortal.
        services.AddMudDataProtection(configuration);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // The login cookie holds the account's name and security stamp only; everything about the account is asked of its grain.
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "mud.account";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;

            // Secure whenever the request came over HTTPS, directly or through a trusted proxy.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SecurityStampCheck.ValidateAsync;
        });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(GameInfo.From(configuration));
        services.AddSingleton<GameCalls>();
        services.AddSingleton<GameStatus>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<CharacterService>();
        services.AddSingleton<MailService>();
        services.AddSingleton<AdminService>();
        services.AddSingleton<HelpService>();

        services.AddSingleton<PlayConnections>();
        services.AddSingleton<WebPortalObserver>();
        services.AddSingleton<WebPortalIdentity>();
        services.AddSingleton<WebPortalLink>();
        services.AddHostedService(sp => sp.GetRequiredService<WebPortalLink>());
        services.AddSingleton<PlayConnectionFactory>();

        services.AddHealthChecks().AddCheck<GameHealthCheck>("game", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>
    /// <c>POST /account/logout</c>, and <c>POST /account/logout-everywhere</c> which also voids the account's other web
    /// logins: forms with an antiforgery token (hence the form-bound parameter), then home.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext context, [FromForm] string? returnUrl) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.LocalRedirect("~/");
        });
        endpoints.MapPost("/account/logout-everywhere", async (HttpContext context, AccountService accounts, [FromForm] string? returnUrl) =>
        {
            if (AccountUser.KeyOf(context.User) is { } key && !await accounts.LogOutEverywhereAsync(key))
            {
                return Results.Content(AccountService.Restarting, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.LocalRedirect("~/");
        });
        return endpoints;
    }

    /// <summary><c>/health</c>: the process serves (no cluster call). <c>/health/ready</c>: the game answers too.</summary>
    public static IEndpointRouteBuilder MapWebPortalHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatusAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteStatusAsync });
        return endpoints;
    }

    private static Task WriteStatusAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var text = report.Status == HealthStatus.Healthy ? "ok" : report.Status.ToString().ToLowerInvariant();
        return context.Response.WriteAsync(text, Encoding.UTF8);
    }
}
