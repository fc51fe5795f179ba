using Mud.Hosting;
using Mud.WebPortal.Components;
using Mud.WebPortal.Hosting;

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.AddWebPortal();
    builder.AddMudAdmin("Mud:Web:AdminPort", defaultPort: 8082);
    builder.UseOrleansClient(client => client.UseMudCluster(builder.Configuration));

    // Kestrel must answer (the "restarting" page, /health) while the Orleans client's start still waits for a silo.
    builder.Services.Configure<HostOptions>(o => o.ServicesStartConcurrently = true);

    var app = builder.Build();
    app.Services.ValidateSettings();
    new ReadyFile(MudHost.DataDirectory(app.Configuration), "web").FollowLifetime(app.Lifetime);

    app.UseForwardedHeaders();
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);

        // Sent only on HTTPS requests (behind a TLS proxy, with its X-Forwarded-Proto believed), never to localhost.
        app.UseHsts();
    }

    app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseAntiforgery();

    app.MapWebPortalHealthChecks();
    app.MapAccountEndpoints();
    app.MapMudAdmin(withHealth: false);
    app.MapStaticAssets();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    try
    {
        await app.RunAsync();
    }
    catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
    {
        // Stopped before any silo was ever reached: the Orleans client's start was cancelled, which is no failure.
    }

    return 0;
}
catch (Exception failure) when (SettingsProblem.Describe(failure) is { } problem)
{
    // An invalid setting is the operator's to fix: one line that names it, without a stack trace.
    await Console.Error.WriteLineAsync($"mud web: {problem}");
    return 1;
}
