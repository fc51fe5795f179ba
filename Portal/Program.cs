using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mud.Hosting;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.AddSimpleConsole(o => o.TimestampFormat = "yyyy-MM-dd HH:mm:ss.fff ");
builder.Services.AddTelnetPortal(builder.Configuration);
builder.Services.AddWebSocketPortal(builder.Configuration);
builder.UseOrleansClient(client => client.UseMudCluster(builder.Configuration));

// The telnet listener must not wait for the first cluster connection, which blocks its hosted service.
builder.Services.Configure<HostOptions>(o =>
{
    o.ServicesStartConcurrently = true;
    o.ShutdownTimeout = TimeSpan.FromSeconds(15);
});

var host = builder.Build();
var ready = new ReadyFile(MudHost.DataDirectory(builder.Configuration), "portal");
host.Services.GetRequiredService<ClusterLink>().Online += ready.MarkReady;
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(ready.Clear);
await host.RunAsync();
