using System.Data.Common;
using Mud.Rooms;
using Mud.World;
using Orleans.Storage;

namespace Mud.Tests.Grains;

/// <summary>A silo whose database fails its first room writes still starts, with the whole starter world seeded.</summary>
public sealed class WorldSeedingTests(WorldSeedingTests.HiccupClusterFixture fixture) : IClassFixture<WorldSeedingTests.HiccupClusterFixture>
{
    [Fact]
    public async Task SeedingAtStart_RetriesAfterTransientStorageFailures_AndSeedsEveryRoom()
    {
        Assert.Equal(HiccupStorage.FailedWrites, fixture.Storage!.Failures);

        var world = WorldLoader.Load(Path.Combine(AppContext.BaseDirectory, "world", "starter.json")).World;
        foreach (var room in world.Rooms)
        {
            Assert.True(await fixture.Client.GetGrain<IRoomGrain>(room.Id.Value).ExistsAsync(), $"room {room.Id.Value} was not seeded");
        }

        Assert.Equal(world.StartRoom, await fixture.Client.GetGrain<IWorldGrain>(0).GetStartRoomAsync());
    }

    public sealed class HiccupClusterFixture : WrappedStorageClusterFixture<HiccupStorage>
    {
        protected override HiccupStorage Wrap(IGrainStorage memory) => new(memory);
    }

    /// <summary>In-memory storage whose first room writes fail as a busy database would.</summary>
    public sealed class HiccupStorage(IGrainStorage inner) : IGrainStorage
    {
        public const int FailedWrites = 3;
        private int _roomWrites;
        private int _failures;

        public int Failures => _failures;

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ReadStateAsync(stateName, grainId, grainState);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (grainId.Type.ToString() == "room" && Interlocked.Increment(ref _roomWrites) <= FailedWrites)
            {
                Interlocked.Increment(ref _failures);
                throw new DatabaseBusyException();
            }

            return inner.WriteStateAsync(stateName, grainId, grainState);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ClearStateAsync(stateName, grainId, grainState);
    }

    private sealed class DatabaseBusyException() : DbException("database is locked");
}
