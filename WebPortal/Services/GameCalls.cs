namespace Mud.WebPortal.Services;

/// <summary>
/// Every grain call a page makes goes through here, so that "no silo right now" (restarting, not started
/// yet) comes back in time as an unavailable <see cref="Answer{T}"/> rather than as an error page or a hung page.
/// </summary>
public sealed partial class GameCalls(IClusterClient cluster, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<GameCalls> logger)
{
    /// <summary>How long a page waits for a read before saying the game is restarting.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Writes and logins hash passwords and save state, so they get longer.</summary>
    public static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(15);

    public IClusterClient Cluster => cluster;

    /// <summary>
    /// The host starts once the Orleans client has first connected. Until then the client does not know the
    /// cluster's grain types and cannot even make a grain reference, so do not try.
    /// </summary>
    public bool HasConnected => lifetime.ApplicationStarted.IsCancellationRequested;

    public Task<Answer<T>> ReadAsync<T>(Func<IClusterClient, Task<T>> call, CancellationToken cancellationToken = default) =>
        AskAsync(call, ReadTimeout, cancellationToken);

    public Task<Answer<T>> WriteAsync<T>(Func<IClusterClient, Task<T>> call, CancellationToken cancellationToken = default) =>
        AskAsync(call, WriteTimeout, cancellationToken);

    private async Task<Answer<T>> AskAsync<T>(Func<IClusterClient, Task<T>> call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!HasConnected)
        {
            return Answer<T>.Unavailable;
        }

        try
        {
            return new Answer<T>(true, await call(cluster).WaitAsync(timeout, time, cancellationToken));
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested && IsUnavailable(failure))
        {
            LogUnavailable(logger, failure.GetType().Name, failure.Message);
            return Answer<T>.Unavailable;
        }
    }

    /// <summary>Failures that mean "no silo right now", as opposed to a bug worth an error page.</summary>
    public static bool IsUnavailable(Exception failure) => failure switch
    {
        Orleans.Storage.InconsistentStateException => false,
        OrleansException or TimeoutException or ObjectDisposedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsUnavailable),
        _ => failure.InnerException is { } inner && IsUnavailable(inner),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "The game did not answer ({Failure}: {Reason}); showing the restarting notice")]
    private static partial void LogUnavailable(ILogger logger, string failure, string reason);
}

/// <summary>What the game answered, or that it could not be asked (it is restarting).</summary>
public readonly record struct Answer<T>(bool IsAvailable, T? Value)
{
    public static Answer<T> Unavailable => new(false, default);
}
