using Mud.Hosting;
using Mud.Sessions;

namespace Mud.WebPortal.Services.Play;

/// <summary>
/// Keeps the WebPortal's link to the silos, as the telnet Portal's does: a heartbeat that notices a silo
/// restart (the portal grain forgets us), the resume of every open play session when the silos are back,
/// and until then a signal that holds the sessions' calls so nothing typed is lost.
/// </summary>
public sealed partial class WebPortalLink(
    IClusterClient client,
    WebPortalIdentity identity,
    PlayConnections connections,
    IHostApplicationLifetime lifetime,
    ILogger<WebPortalLink> logger) : BackgroundService
{
    public const string AwayNotice = "|y[The game is restarting. Please wait; what you type will run when it is back.]|n";
    public const string BackNotice = "|g[The game is back.]|n";
    private readonly GameLinkState _state = new();

    public bool IsOnline => _state.IsOnline;

    /// <summary>Completes when the silos serve and every play session has been resumed.</summary>
    public Task WhenOnline(CancellationToken cancellation) => _state.WhenOnline(cancellation);

    /// <summary>A call failed for lack of a silo: hold every session's calls until the resume.</summary>
    public void ReportFailure(Exception failure)
    {
        if (!_state.TryGoOffline())
        {
            return;
        }

        LogOffline(logger, failure.GetType().Name, failure.Message);
        foreach (var connection in connections.All)
        {
            connection.Notice(AwayNotice);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The Orleans client's start (first connection) finishes before ApplicationStarted.
        await Task.Delay(Timeout.Infinite, lifetime.ApplicationStarted).ContinueWith(_ => { }, TaskScheduler.Default);
        var portal = client.GetGrain<IPortalGrain>(identity.Id);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var known = await portal.HeartbeatAsync().WaitAsync(GameLinkState.HeartbeatTimeout, stoppingToken);
                if (!known || !IsOnline)
                {
                    await ResumeAllAsync(stoppingToken);
                    GoOnline();
                }
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: the cluster client may already be closing, and the host would report what it throws as a crash.
                return;
            }
            catch (Exception e)
            {
                if (GameCalls.IsUnavailable(e))
                {
                    ReportFailure(e);
                }
                else
                {
                    LogHeartbeatFailed(logger, e);
                }
            }

            await Task.Delay(IsOnline ? GameLinkState.OnlineBeat : GameLinkState.OfflineBeat, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task ResumeAllAsync(CancellationToken cancellation)
    {
        var opened = connections.All.Where(c => c.IsOpened).ToList();
        await Parallel.ForEachAsync(opened, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellation }, async (connection, _) =>
        {
            if (!await client.GetGrain<ISessionGrain>(connection.SessionId).ResumeAsync(identity.Observer, null).WaitAsync(GameLinkState.CallTimeout, cancellation))
            {
                connection.Forgotten();
            }
        });
        if (opened.Count > 0)
        {
            LogResumed(logger, opened.Count);
        }
    }

    private void GoOnline()
    {
        if (_state.GoOnline())
        {
            foreach (var connection in connections.All)
            {
                connection.Notice(BackNotice);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the silos ({ExceptionType}: {Reason}); holding web play input until they are back")]
    private static partial void LogOffline(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Heartbeat or resume failed")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resumed {Count} web play sessions after the silos came back")]
    private static partial void LogResumed(ILogger logger, int count);
}
