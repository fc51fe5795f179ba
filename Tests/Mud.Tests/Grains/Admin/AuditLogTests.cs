using Mud.Admin;

namespace Mud.Tests.Grains.Admin;

/// <summary>A game cluster with a short audit log and a ban message of its own.</summary>
public sealed class AuditClusterFixture : GameClusterFixture
{
    public const string BanMessage = "Go away, says the test.";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Mud:Audit:MaxEntries"] = "100",
        ["Mud:Bans:Message"] = BanMessage,
    };
}

[CollectionDefinition(Name)]
public sealed class AuditClusterCollection : ICollectionFixture<AuditClusterFixture>
{
    public const string Name = "Game cluster, short audit log";
}

[Collection(AuditClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class AuditLogTests(AuditClusterFixture cluster) : PlayerTestBase(cluster)
{
    [Fact]
    public async Task AuditLog_PagesNewestFirst_AndKeepsOnlyTheNewestSegments()
    {
        var log = Client.GetGrain<IAuditLogGrain>(0);
        for (var i = 0; i < 350; i++)
        {
            await log.AppendAsync(new AuditRecord("Tester", "test", $"target{i}"));
        }

        var first = await log.GetPageAsync(0, 20);
        Assert.Equal(["target349", "target348"], first.Entries.Take(2).Select(e => e.Target));
        Assert.Equal(20, first.Entries.Length);

        // 100 entries wanted, kept in whole segments of 100: the full one before the current and the current one.
        Assert.Equal(150, first.Total);
        Assert.Equal(8, first.PageCount);
        var last = await log.GetPageAsync(7, 20);
        Assert.Equal("target200", last.Entries[^1].Target);
        Assert.Empty((await log.GetPageAsync(8, 20)).Entries);
        Assert.Empty(await Client.GetGrain<IAuditSegmentGrain>(0).GetAsync());
        Assert.Empty(await Client.GetGrain<IAuditSegmentGrain>(1).GetAsync());

        var across = await log.GetPageAsync(2, 60);
        Assert.Equal(["target229", "target200"], new[] { across.Entries[0].Target, across.Entries[^1].Target });
    }

    [Fact]
    public async Task BannedAddress_IsToldTheConfiguredMessage_AtConnectAndAtWebLogin()
    {
        await Client.GetGrain<IBanListGrain>(0).AddAsync(new Ban(BanKind.Address, "192.0.2.0/24", "192.0.2.0/24", "Tester", DateTimeOffset.UtcNow, null, ""));

        var refused = await ConnectAsync("192.0.2.10");
        await refused.WaitForAsync(AuditClusterFixture.BanMessage);

        var login = await Client.GetGrain<Mud.Accounts.ILoginGrain>(0).LogInAsync(GameClusterFixture.FounderName, new Mud.Accounts.Password("s3cretpw"), "192.0.2.11");
        Assert.False(login.Succeeded);
        Assert.Equal(AuditClusterFixture.BanMessage, login.Message);
    }
}
