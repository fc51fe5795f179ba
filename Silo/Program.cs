using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mud.Hosting;
using Mud.Settings;
using Mud.Silo.Hosting;
using Mud.Silo.Operations;
using Mud.Silo.Storage;
using Mud.World;

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.Logging.AddMudConsole(builder.Configuration);
    var dataDirectory = MudHost.DataDirectory(builder.Configuration);
    var storage = StorageOptions.FromConfiguration(builder.Configuration);

    if (args.Contains("--apply-schema"))
    {
        using var loggers = LoggerFactory.Create(logging => logging.AddMudConsole(builder.Configuration));
        await SchemaInstaller.ApplyAsync(storage, dataDirectory, loggers.CreateLogger<SchemaInstaller>(), CancellationToken.None);
        return 0;
    }

    var endpoint = builder.Configuration.GetSection(SiloEndpointOptions.Section).Get<SiloEndpointOptions>() ?? new SiloEndpointOptions();
    var game = builder.Configuration.GetSection(GameOptions.Section).Get<GameOptions>() ?? new GameOptions();
    WorldContent world;
    try
    {
        world = WorldLoader.Load(Path.Combine(AppContext.BaseDirectory, game.WorldFile));
    }
    catch (InvalidDataException problem)
    {
        // A mistake in the data is the operator's to fix: say which, without a stack trace.
        await Console.Error.WriteLineAsync($"mud silo: {problem.Message}");
        return 1;
    }

    // Opt-in: it costs the silo some 85 MB and exposes grain state without authentication.
    var dashboard = builder.Configuration.GetValue("Mud:Silo:Dashboard", defaultValue: false);

    builder.AddMudAdmin("Mud:Silo:AdminPort", new SiloEndpointOptions().AdminPort);
    builder.UseOrleans(silo => silo
        .UseMudClustering(builder.Configuration, storage)
        .AddMudStorage(storage, dataDirectory)
        .AddMudGame(builder.Configuration, world)
        .AddMudOperations(dashboard));
    builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));

    var app = builder.Build();
    app.Services.ValidateSettings();
    app.MapMudAdmin();
    if (dashboard)
    {
        app.MapMudDashboard();
    }

    new ReadyFile(dataDirectory, endpoint.Name).FollowLifetime(app.Lifetime);
    await app.RunAsync();
    return 0;
}
catch (Exception failure) when (SettingsProblem.Describe(failure) is { } problem)
{
    // An invalid setting is the operator's to fix: one line that names it, without a stack trace.
    await Console.Error.WriteLineAsync($"mud silo: {problem}");
    return 1;
}
