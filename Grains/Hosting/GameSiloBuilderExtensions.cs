using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Settings;
using Mud.World;

namespace Mud.Hosting;

public static partial class GameSiloBuilderExtensions
{
    /// <summary>
    /// The game's rules and world in a silo: validated options, the world data, and seeding of the starter
    /// world once the silo is up. Grain storage named "store" must be added separately.
    /// </summary>
    public static ISiloBuilder AddMudGame(this ISiloBuilder silo, IConfiguration configuration, WorldContent world)
    {
        silo.Services.AddOptions<GameOptions>().Bind(configuration.GetSection(GameOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddSingleton<IValidateOptions<GameOptions>, GameOptionsValidator>();
        silo.Services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddOptions<VitalsOptions>().Bind(configuration.GetSection(VitalsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddOptions<OobOptions>().Bind(configuration.GetSection(OobOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddSingleton(world);
        silo.Services.AddSingleton(TimeProvider.System);
        silo.AddStartupTask(async (services, _) =>
        {
            var seeded = await services.GetRequiredService<IGrainFactory>().GetGrain<IWorldGrain>(0).SeedAsync(world.World);
            LogSeeding(services.GetRequiredService<ILoggerFactory>().CreateLogger("Mud.World"), seeded, world.World.Rooms.Length);
        });
        return silo;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starter world seeded now: {Seeded} ({Rooms} rooms in the data file)")]
    private static partial void LogSeeding(ILogger logger, bool seeded, int rooms);
}
