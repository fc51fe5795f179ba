using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mud.Hosting;
using Mud.Settings;
using Mud.Silo.Hosting;
using Mud.Silo.Storage;
using Mud.World;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.AddSimpleConsole(o => o.TimestampFormat = "yyyy-MM-dd HH:mm:ss.fff ");
var dataDirectory = MudHost.DataDirectory(builder.Configuration);
var storage = StorageOptions.FromConfiguration(builder.Configuration);

if (args.Contains("--apply-schema"))
{
    using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole());
    await SchemaInstaller.ApplyAsync(storage, dataDirectory, loggers.CreateLogger<SchemaInstaller>(), CancellationToken.None);
    return;
}

var game = builder.Configuration.GetSection(GameOptions.Section).Get<GameOptions>() ?? new GameOptions();
var world = WorldLoader.Load(Path.Combine(AppContext.BaseDirectory, game.WorldFile));

builder.UseOrleans(silo => silo
    .UseMudClustering(builder.Configuration, storage)
    .AddMudStorage(storage, dataDirectory)
    .AddMudGame(builder.Configuration, world));
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));

var host = builder.Build();
new ReadyFile(dataDirectory, "silo").FollowLifetime(host.Services.GetRequiredService<IHostApplicationLifetime>());
await host.RunAsync();
