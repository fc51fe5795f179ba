using Mud.Characters;

namespace Mud.WebPortal.Services;

/// <summary>
/// The game as the web pages see it. Calls that cannot reach a silo (restarting, not started yet) come back
/// within <see cref="CallTimeout"/> as "unavailable" rather than as an error or a hung page.
/// </summary>
public sealed partial class GameStatus(IClusterClient cluster, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<GameStatus> logger)
{
    /// <summary>How long a page waits for the game before saying it is restarting.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The host starts once the Orleans client has first connected. Until then the client does not know the
    /// cluster's grain types and cannot even make a grain reference, so do not try.
    /// </summary>
    private bool HasConnected => lifetime.ApplicationStarted.IsCancellationRequested;

    public async Task<OnlineList> GetOnlineAsync(CancellationToken cancellationToken = default)
    {
        if (!HasConnected)
        {
            return OnlineList.Unavailable;
        }

        try
        {
            var online = await cluster.GetGrain<IPresenceGrain>(0).GetOnlineAsync().WaitAsync(CallTimeout, time, cancellationToken);
            return new OnlineList(true, online);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested && IsUnavailable(failure))
        {
            LogUnavailable(logger, failure.GetType().Name, failure.Message);
            return OnlineList.Unavailable;
        }
    }

    /// <summary>Failures that mean "no silo right now", as opposed to a bug worth an error page.</summary>
    private static bool IsUnavailable(Exception failure) => failure switch
    {
        OrleansException or TimeoutException or ObjectDisposedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsUnavailable),
        _ => failure.InnerException is { } inner && IsUnavailable(inner),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "The game did not answer ({Failure}: {Reason}); showing the restarting notice")]
    private static partial void LogUnavailable(ILogger logger, string failure, string reason);
}
