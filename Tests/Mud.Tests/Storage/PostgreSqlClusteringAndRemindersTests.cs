using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Mud.Silo.Storage;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;

namespace Mud.Tests.Storage;

/// <summary>
/// Exercises every OrleansQuery row of <c>02-clustering.sql</c> and <c>04-reminders.sql</c> through the real
/// Orleans ADO.NET providers, so a script that drifts from the providers' contract fails here, not in production.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PostgreSqlClusteringAndRemindersTests(PostgresStorageClusterFixture fixture)
    : IClassFixture<PostgresStorageClusterFixture>
{
    private IServiceProvider Services => fixture.Cluster.Silos[0].ServiceProvider;

    [Fact]
    public async Task ReminderTable_UpsertReadRangeAndRemove_FollowTheContract()
    {
        // AddMudStorage(PostgreSql) registered the ADO.NET reminder table; the silo has already started it.
        var table = Services.GetRequiredService<IReminderTable>();
        var grain = GrainId.Create("clock", $"tower-{Guid.NewGuid():N}");
        var start = new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var entry = new ReminderEntry { GrainId = grain, ReminderName = "tick", StartAt = start, Period = TimeSpan.FromMinutes(5) };

        var etag = await table.UpsertRow(entry);
        var row = await table.ReadRow(grain, "tick");
        var byGrain = await table.ReadRows(grain);
        var hash = grain.GetUniformHashCode();
        var narrowRange = await table.ReadRows(unchecked((uint)((int)hash - 1)), hash);
        var wholeRing = await table.ReadRows(0u, 0u);
        var newEtag = await table.UpsertRow(entry);

        Assert.NotNull(etag);
        Assert.NotNull(row);
        Assert.Equal(etag, row.ETag);
        Assert.Equal(start, row.StartAt.ToUniversalTime());
        Assert.Equal(TimeSpan.FromMinutes(5), row.Period);
        Assert.Single(byGrain.Reminders);
        Assert.Contains(narrowRange.Reminders, r => r.GrainId == grain);
        Assert.Contains(wholeRing.Reminders, r => r.GrainId == grain);
        Assert.NotEqual(etag, newEtag);

        Assert.False(await table.RemoveRow(grain, "tick", etag!));
        Assert.True(await table.RemoveRow(grain, "tick", newEtag!));
        Assert.Null(await table.ReadRow(grain, "tick"));

        await table.UpsertRow(entry);
        await table.TestOnlyClearTable();
        Assert.Empty((await table.ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task MembershipTable_InsertUpdateGatewaysAndCleanup_FollowTheContract()
    {
        var cluster = new ClusterOptions { ClusterId = $"mud-test-{Guid.NewGuid():N}", ServiceId = fixture.Environment.ServiceId };
        var connectionString = fixture.Environment.Options.GetPostgresConnectionString();
        var table = new AdoNetClusteringTable(
            Services,
            Options.Create(cluster),
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = StorageSiloBuilderExtensions.PostgresInvariant, ConnectionString = connectionString }),
            NullLogger<AdoNetClusteringTable>.Instance);
        var gateways = new AdoNetGatewayListProvider(
            NullLogger<AdoNetGatewayListProvider>.Instance,
            Services,
            Options.Create(new AdoNetClusteringClientOptions { Invariant = StorageSiloBuilderExtensions.PostgresInvariant, ConnectionString = connectionString }),
            Options.Create(new GatewayOptions()),
            Options.Create(cluster));

        await table.InitializeMembershipTableAsync(tryInitTableVersion: true, CancellationToken.None);
        await gateways.InitializeGatewayListProviderAsync(CancellationToken.None);
        var silo = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111), 7);
        var now = DateTime.UtcNow;
        var entry = new MembershipEntry
        {
            SiloAddress = silo,
            Status = SiloStatus.Active,
            ProxyPort = 30000,
            HostName = "test-host",
            SiloName = "silo-1",
            StartTime = now,
            IAmAliveTime = now,
            SuspectTimes = [],
        };

        var empty = await table.ReadAllAsync(CancellationToken.None);
        Assert.True(await table.InsertRowAsync(entry, empty.Version.Next(), CancellationToken.None));
        Assert.False(await table.InsertRowAsync(entry, empty.Version.Next(), CancellationToken.None));

        var row = await table.ReadRowAsync(silo, CancellationToken.None);
        var (stored, etag) = Assert.Single(row.Members);
        Assert.Equal(silo, stored.SiloAddress);
        Assert.Equal(SiloStatus.Active, stored.Status);
        Assert.Single(await gateways.GetGatewaysAsync(CancellationToken.None));

        entry.IAmAliveTime = now.AddSeconds(30);
        await table.UpdateIAmAliveAsync(entry, CancellationToken.None);
        entry.Status = SiloStatus.Dead;
        Assert.True(await table.UpdateRowAsync(entry, etag, row.Version.Next(), CancellationToken.None));
        var all = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(SiloStatus.Dead, Assert.Single(all.Members).Item1.Status);
        Assert.Equal(row.Version.Version + 1, all.Version.Version);
        Assert.Empty(await gateways.GetGatewaysAsync(CancellationToken.None));

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(5), CancellationToken.None);
        Assert.Empty((await table.ReadAllAsync(CancellationToken.None)).Members);

        await table.DeleteMembershipTableEntriesAsync(cluster.ClusterId, CancellationToken.None);
    }
}
