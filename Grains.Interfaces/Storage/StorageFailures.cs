using System.Data.Common;

namespace Mud.Storage;

/// <summary>Recognises a failure of the game database among the exceptions a grain call can end with.</summary>
public static class StorageFailures
{
    // Orleans wraps every grain storage error in an OrleansException with this message (StateStorageBridge).
    private const string OrleansStoragePrefix = "Error from storage provider";

    public static bool IsStorageFailure(Exception failure) => failure switch
    {
        GameStorageException or DbException => true,
        OrleansException when failure.Message.StartsWith(OrleansStoragePrefix, StringComparison.Ordinal) => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsStorageFailure),
        _ => failure.InnerException is { } inner && IsStorageFailure(inner),
    };
}
