using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Accounts;
using Mud.Admin;
using Mud.Channels;
using Mud.Characters.Creation;
using Mud.Objects.Behaviours;
using Mud.Settings;
using Mud.Storage;
using Mud.World;

namespace Mud.Hosting;

public static partial class GameSiloBuilderExtensions
{
    private const int SeedingAttempts = 5;
    private static readonly TimeSpan SeedingRetryDelay = TimeSpan.FromSeconds(1);

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
        silo.Services.AddOptions<ChannelOptions>().Bind(configuration.GetSection(ChannelOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddOptions<BanOptions>().Bind(configuration.GetSection(BanOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        silo.Services.AddSingleton(world);
        silo.Services.AddSingleton(new CreationRules(world.Creation));
        silo.Services.AddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<PasswordHashing>();
        silo.Services.AddSingleton(BehaviourCatalog.Default);
        silo.Services.AddSingleton(new LauncherControl(configuration["Mud:Launcher"], MudHost.DataDirectory(configuration)));
        silo.Services.AddSingleton(new WorldExportFolder(Path.Combine(MudHost.DataDirectory(configuration), "exports")));
        silo.AddStartupTask(async (services, _) =>
        {
            var grains = services.GetRequiredService<IGrainFactory>();
            await grains.GetGrain<ICensusGrain>(0).SiloStartedAsync(services.GetRequiredService<TimeProvider>().GetUtcNow());
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Mud.World");
            var seeded = await SeedWorldAsync(grains.GetGrain<IWorldGrain>(0), world.World, logger);
            LogSeeding(logger, seeded, world.World.Rooms.Length);
            await PromoteConfiguredAdministratorsAsync(grains, services.GetRequiredService<IOptions<SecurityOptions>>().Value, logger);
            await RetryingStorageAsync(() => grains.GetGrain<IChannelDirectoryGrain>(0).EnsureAsync(StandingChannels.All), "Creating the standing channels", logger);
        });
        return silo;
    }

    // A database hiccup while the silo starts (an embedded file busy with a checkpoint, a PostgreSQL failover)
    // should not stop the whole MUD; seeding writes whole definitions, so running it again is harmless.
    // Besides a storage hiccup: silos starting together may each activate the same grain while the grain directory
    // settles, and the write that loses gets a version conflict; Orleans drops that activation, so running again
    // reads what the other silo wrote.
    private static bool IsWorthRetryingAtStart(Exception failure) =>
        StorageFailures.IsStorageFailure(failure) || failure is Orleans.Storage.InconsistentStateException;

    private static async Task<bool> SeedWorldAsync(IWorldGrain grain, WorldDefinition definition, ILogger logger)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await grain.SeedAsync(definition);
            }
            catch (Exception failure) when (attempt < SeedingAttempts && IsWorthRetryingAtStart(failure))
            {
                LogSeedingRetry(logger, attempt, SeedingAttempts, failure.Message);
                await Task.Delay(SeedingRetryDelay);
            }
        }
    }

    // Only accounts that exist: a name configured before anyone registered it would otherwise go to whoever registers it first.
    private static async Task PromoteConfiguredAdministratorsAsync(IGrainFactory grains, SecurityOptions security, ILogger logger)
    {
        foreach (var name in security.Administrators)
        {
            var key = NameRules.KeyOf(name);
            var account = grains.GetGrain<IAccountGrain>(key);
            var info = await account.GetInfoAsync();
            if (info is null)
            {
                LogUnknownAdministrator(logger, name);
                continue;
            }

            if (info.Level < PermissionLevel.Admin && await grains.GetGrain<IStaffGrain>(0).ChangeLevelAsync(key, PermissionLevel.Admin) is null)
            {
                await account.SetLevelAsync(PermissionLevel.Admin);
            }
        }
    }

    private static async Task RetryingStorageAsync(Func<Task> work, string what, ILogger logger)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await work();
                return;
            }
            catch (Exception failure) when (attempt < SeedingAttempts && IsWorthRetryingAtStart(failure))
            {
                LogStartupRetry(logger, what, attempt, SeedingAttempts, failure.Message);
                await Task.Delay(SeedingRetryDelay);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mud:Security:Administrators names {Account}, which nobody has registered: not trusted. Register it, then restart the silo (or use @perm).")]
    private static partial void LogUnknownAdministrator(ILogger logger, string account);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{What} failed (attempt {Attempt} of {Attempts}), trying again: {Reason}")]
    private static partial void LogStartupRetry(ILogger logger, string what, int attempt, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seeding the starter world failed (attempt {Attempt} of {Attempts}), trying again: {Reason}")]
    private static partial void LogSeedingRetry(ILogger logger, int attempt, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Starter world seeded now: {Seeded} ({Rooms} rooms in the data file)")]
    private static partial void LogSeeding(ILogger logger, bool seeded, int rooms);
}
