using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Mud.Sessions;
using Mud.Storage;

namespace Mud.Portal.Cluster;

/// <summary>
/// Carries one connection's calls to its session grain, one at a time and in order. A call that fails
/// because the silos are away is held and retried once they are back, so a line typed during a reload
/// runs late rather than never.
/// </summary>
public sealed partial class SessionPump
{
    private const string HeldNotice = "|y[Your command will run as soon as the game is back.]|n";
    private const string FailedNotice = "|r[Something went wrong running that. It has been logged.]|n";
    private readonly Channel<Func<ISessionGrain, Task>> _calls;
    private readonly ISessionGrain _session;
    private readonly ClusterLink _link;
    private readonly ISessionConnection _connection;
    private readonly ILogger _logger;

    public SessionPump(IClusterClient client, ClusterLink link, ISessionConnection connection, int capacity, ILogger logger)
    {
        _calls = Channel.CreateBounded<Func<ISessionGrain, Task>>(new BoundedChannelOptions(capacity) { SingleReader = true });
        _session = client.GetGrain<ISessionGrain>(connection.SessionId);
        _link = link;
        _connection = connection;
        _logger = logger;
    }

    /// <summary>Queues a call; false when the player has typed too far ahead of the game.</summary>
    public bool TryEnqueue(Func<ISessionGrain, Task> call) => _calls.Writer.TryWrite(call);

    /// <summary>No more calls: the pump finishes what is queued and stops.</summary>
    public void Complete() => _calls.Writer.TryComplete();

    public async Task RunAsync(CancellationToken cancellation)
    {
        await foreach (var call in _calls.Reader.ReadAllAsync(cancellation))
        {
            await RunReliablyAsync(call, cancellation);
        }
    }

    private async Task RunReliablyAsync(Func<ISessionGrain, Task> call, CancellationToken cancellation)
    {
        var told = false;
        while (true)
        {
            if (!_link.IsOnline && !told)
            {
                _connection.Notice(HeldNotice);
                told = true;
            }

            await _link.WhenOnline(cancellation);
            try
            {
                await call(_session);
                return;
            }
            catch (Exception e) when (StorageFailures.IsStorageFailure(e) && !cancellation.IsCancellationRequested)
            {
                // The game is there but could not save: the command did not happen, and the player may try again.
                _connection.Notice(GameStorageException.PlayerMessage);
                return;
            }
            catch (Exception e) when (ClusterFailures.IsTransient(e) && !cancellation.IsCancellationRequested)
            {
                _link.ReportFailure(e);
            }
            catch (Exception e) when (!cancellation.IsCancellationRequested)
            {
                LogCallFailed(_logger, _connection.SessionId, e);
                _connection.Notice(FailedNotice);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A call for session {SessionId} failed")]
    private static partial void LogCallFailed(ILogger logger, string sessionId, Exception exception);
}
