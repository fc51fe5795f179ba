using Mud.Portal.Cluster;
using Mud.Storage;
using Npgsql;

namespace Mud.Tests.Storage;

[Trait("Category", "Unit")]
public sealed class StorageFailuresTests
{
    [Fact]
    public void ADriverFailure_WrappedByOrleans_IsAStorageFailure_AndNotALostSilo()
    {
        var driver = new NpgsqlException("Failed to connect to 127.0.0.1:5432");
        var wrapped = new OrleansException("Error from storage provider AdoNetGrainStorage.store during WriteStateAsync for grain character/alice", driver);

        Assert.True(StorageFailures.IsStorageFailure(wrapped));
        Assert.True(StorageFailures.IsStorageFailure(new GameStorageException()));
        Assert.False(ClusterFailures.IsTransient(wrapped));
        Assert.False(ClusterFailures.IsTransient(new GameStorageException()));
    }

    [Fact]
    public void ALostSilo_IsNoStorageFailure_AndIsRetried()
    {
        var lost = new SiloUnavailableException("The target silo became unavailable");

        Assert.False(StorageFailures.IsStorageFailure(lost));
        Assert.True(ClusterFailures.IsTransient(lost));
        Assert.True(ClusterFailures.IsTransient(new CallAbandonedException("telnet-1-1")));
        Assert.False(StorageFailures.IsStorageFailure(new InvalidOperationException("a bug")));
    }
}
