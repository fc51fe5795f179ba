using Mud.Storage;
using Orleans.Storage;

namespace Mud.Portal.Cluster;

/// <summary>Which failures of a grain call mean "no silo right now, try again" rather than "the command itself failed".</summary>
public static class ClusterFailures
{
    public static bool IsTransient(Exception failure) => failure switch
    {
        // The silos are there but the database is not: holding the line would retry it against the outage for ever.
        _ when StorageFailures.IsStorageFailure(failure) => false,
        InconsistentStateException => false,
        OrleansException or TimeoutException or ObjectDisposedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        _ => failure.InnerException is { } inner && IsTransient(inner),
    };
}
