using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mud.Hosting;
using Mud.Sessions;
using Mud.Storage;
using Orleans.Runtime;

namespace Mud.Portal.Cluster;

/// <summary>
/// Keeps the Portal's link to the silos: a heartbeat that notices a silo restart (the portal grain forgets
/// us) or the loss of one silo among several (the membership changes), resumes every session when that
/// happens, and until then holds input so nothing typed is lost.
/// </summary>
public sealed partial class ClusterLink(
    IClusterClient client,
    PortalIdentity identity,
    ConnectionRegistry connections,
    LeavingSiloNotice leavingNotice,
    IHostApplicationLifetime lifetime,
    ILogger<ClusterLink> logger) : BackgroundService
{
    private static readonly TimeSpan StuckCallAge = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan OrleansResponseTimeout = TimeSpan.FromSeconds(30);
    private readonly GameLinkState _state = new();
    private readonly SiloWatch _silos = new();
    private long _siloLost;
    private bool _resumeNeeded;

    public const string AwayNotice = "|y[The game is restarting. Please wait; what you type will run when it is back.]|n";
    public const string BackNotice = "|g[The game is back.]|n";

    public bool IsOnline => _state.IsOnline;

    /// <summary>Raised each time the Portal (re)joins the game with every session resumed.</summary>
    public event Action? Online;

    /// <summary>Completes when the silos serve and every session has been resumed.</summary>
    public Task WhenOnline(CancellationToken cancellation) => _state.WhenOnline(cancellation);

    /// <summary>
    /// A call failed for lack of a silo. Going offline at once (rather than at the next heartbeat) means no
    /// further calls are tried, and held input waits for the resume.
    /// </summary>
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

    /// <summary>
    /// A silo is leaving while another serves. Its rooms come back on the others knowing nobody until the sessions
    /// are resumed, so what is typed from now on waits for that resume rather than running where other players
    /// would not see it.
    /// </summary>
    private void HoldForLeavingSilo()
    {
        if (_state.TryGoOffline())
        {
            LogHolding(logger);
            foreach (var connection in connections.All)
            {
                connection.Notice(AwayNotice);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The Orleans client's start (first connection) finishes before ApplicationStarted.
        await Task.Delay(Timeout.Infinite, lifetime.ApplicationStarted).ContinueWith(_ => { }, TaskScheduler.Default);
        var portal = client.GetGrain<IPortalGrain>(identity.Id);
        var management = client.GetGrain<IManagementGrain>(0);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var announced = leavingNotice.IsGiven();
                if (announced)
                {
                    HoldForLeavingSilo();
                    leavingNotice.Acknowledge();
                }

                var known = await portal.HeartbeatAsync().WaitAsync(GameLinkState.HeartbeatTimeout, stoppingToken);
                var change = _silos.Update(await management.GetHosts(onlyActive: false).WaitAsync(GameLinkState.HeartbeatTimeout, stoppingToken));
                var siloLost = change.Lost;
                if (siloLost)
                {
                    _siloLost = Stopwatch.GetTimestamp();
                }

                AbandonStuckCalls();
                if (siloLost)
                {
                    LogSiloLost(logger);
                }

                // Kept until a resume has gone through: the heartbeat says "unknown" only once.
                _resumeNeeded |= !known || siloLost;
                if (announced || change.Leaving)
                {
                    // Resuming now would re-attach characters to rooms that are about to move: wait until it is gone.
                    HoldForLeavingSilo();
                    _resumeNeeded = true;
                }
                else if (_resumeNeeded || !IsOnline)
                {
                    _resumeNeeded = !await ResumeAllAsync(stoppingToken);
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
                if (ClusterFailures.IsTransient(e))
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

    // Calls sent to a silo in the moment it died wait for Orleans' 30 s response timeout. By the time the silo is
    // declared dead, a call that has waited this long is almost surely one of those: it is retried after the resume.
    private void AbandonStuckCalls()
    {
        if (_siloLost == 0 || Stopwatch.GetElapsedTime(_siloLost) > OrleansResponseTimeout)
        {
            return;
        }

        var abandoned = connections.All.Count(c => c.AbandonStuckCall(_siloLost, StuckCallAge));
        if (abandoned > 0)
        {
            LogAbandoned(logger, abandoned);
        }
    }

    /// <summary>
    /// Resumes every open session; false if some could not be (their state could not be read: the database is away),
    /// in which case the next heartbeat tries again. A missing silo throws, and the Portal goes offline.
    /// </summary>
    private async Task<bool> ResumeAllAsync(CancellationToken cancellation)
    {
        var opened = connections.All.Where(c => c.IsOpened).ToList();
        var began = Stopwatch.GetTimestamp();
        var lost = 0;
        var failed = 0;
        await Parallel.ForEachAsync(opened, new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = cancellation }, async (connection, _) =>
        {
            try
            {
                var session = client.GetGrain<ISessionGrain>(connection.SessionId);
                var resumed = await session.ResumeAsync(identity.Observer, connection.Client).WaitAsync(GameLinkState.CallTimeout, cancellation);
                if (!resumed)
                {
                    // The cluster closed it (it took this Portal for dead): start the connection over at the login screen.
                    Interlocked.Increment(ref lost);
                    connection.SessionLost();
                }
            }
            catch (Exception e) when (StorageFailures.IsStorageFailure(e))
            {
                Interlocked.Increment(ref failed);
            }
        });
        if (opened.Count > 0)
        {
            LogResumed(logger, opened.Count - failed, lost, failed, (long)Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }

        return failed == 0;
    }

    private void GoOnline()
    {
        var back = _state.GoOnline();
        LogOnline(logger, identity.Id);
        Online?.Invoke();
        if (back)
        {
            foreach (var connection in connections.All)
            {
                connection.Notice(BackNotice);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the silos ({ExceptionType}: {Reason}); holding input until they are back")]
    private static partial void LogOffline(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "A silo is leaving the cluster; holding input until every session is resumed on the silos that remain")]
    private static partial void LogHolding(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal {PortalId} is connected to the game")]
    private static partial void LogOnline(ILogger logger, string portalId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Heartbeat or resume failed")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A silo left the cluster; resuming every session on the silos that remain")]
    private static partial void LogSiloLost(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up waiting for {Count} calls sent before the silo died; they run again after the resume")]
    private static partial void LogAbandoned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resumed {Count} sessions in {Milliseconds} ms ({Lost} had been closed by the cluster and start over; {Failed} wait for the database)")]
    private static partial void LogResumed(ILogger logger, int count, int lost, int failed, long milliseconds);
}
