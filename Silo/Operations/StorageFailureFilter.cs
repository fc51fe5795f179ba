using Microsoft.Extensions.Logging;
using Mud.Storage;

namespace Mud.Silo.Operations;

/// <summary>
/// Every call into a grain on this silo: counted for the metrics, and, when it fails because the database is
/// unreachable, ended with a <see cref="GameStorageException"/> the caller can read. The driver's own exception
/// (an NpgsqlException inside an OrleansException) does not deserialize in a client, which would see a codec
/// error and take it for a lost silo.
/// </summary>
internal sealed partial class StorageFailureFilter(SiloMetrics metrics, ILogger<StorageFailureFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        metrics.GrainCalled(context.InterfaceName, context.MethodName);
        try
        {
            await context.Invoke();
        }
        catch (Exception failure) when (failure is not GameStorageException && StorageFailures.IsStorageFailure(failure))
        {
            metrics.StorageFailed(context.InterfaceName);
            LogStorageFailure(logger, context.InterfaceName, context.MethodName, context.TargetId.ToString(), failure.GetBaseException().Message, failure);
            throw new GameStorageException($"{context.InterfaceName}.{context.MethodName}: the game database is unavailable ({failure.GetBaseException().Message}).");
        }
    }

    // The whole exception goes to the silo log (never to a player): a driver error's stack is what tells a
    // transient outage from a bug.
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Interface}.{Method} on {Grain} failed: the database is unavailable ({Reason})")]
    private static partial void LogStorageFailure(ILogger logger, string @interface, string method, string grain, string reason, Exception exception);
}
