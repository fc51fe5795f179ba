using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mud.Hosting;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.Logging.AddMudConsole(builder.Configuration);
    builder.AddMudAdmin("Mud:Portal:AdminPort", defaultPort: 8081);
    // The cluster client first: services stop in the reverse order, and the listeners need it to close their sessions.
    builder.UseOrleansClient(client => client.UseMudCluster(builder.Configuration));
    builder.Services.AddTelnetPortal(builder.Configuration);
    builder.AddWebSocketPortal();

    // The telnet listener must not wait for the first cluster connection, which blocks its hosted service.
    builder.Services.Configure<HostOptions>(o =>
    {
        o.ServicesStartConcurrently = true;
        // Room for the listeners to close every session (ConnectionListener), and within the launcher's 30 s.
        o.ShutdownTimeout = TimeSpan.FromSeconds(25);
    });

    var app = builder.Build();
    app.Services.ValidateSettings();

    // A certificate file that cannot be loaded stops the start with one line, rather than failing every TLS handshake.
    _ = app.Services.GetService<PortalCertificate>();
    app.MapMudAdmin();
    app.MapWebSocketPortal();
    var ready = new ReadyFile(MudHost.DataDirectory(builder.Configuration), "portal");
    app.Services.GetRequiredService<ClusterLink>().Online += ready.MarkReady;
    app.Lifetime.ApplicationStopping.Register(ready.Clear);
    await app.RunAsync();
    return 0;
}
catch (Exception failure) when (SettingsProblem.Describe(failure) is { } problem)
{
    // An invalid setting is the operator's to fix: one line that names it, without a stack trace.
    await Console.Error.WriteLineAsync($"mud portal: {problem}");
    return 1;
}
