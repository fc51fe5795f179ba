using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Mud.Silo.Storage;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Mud.Tests.Storage;

/// <summary>
/// The embedded game's membership in its SQLite file: the version and etag checks Orleans relies on when two
/// silos (the one leaving and the one taking over) write the table at once, and the clean-up of a crashed silo.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SqliteMembershipTableTests : IAsyncLifetime
{
    private readonly SqliteStorageEnvironment _env = new();

    public async Task InitializeAsync()
    {
        await _env.InitializeAsync();
        await SchemaInstaller.ApplyAsync(_env.Options, _env.DataDirectory, NullLogger.Instance, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task InsertRow_WithTheCurrentVersionEtag_StoresEveryField_AndMovesTheVersionOn()
    {
        var table = await TableAsync(joinExisting: false);
        var before = (await table.ReadAll()).Version;
        var entry = Entry(11900, SiloStatus.Joining);
        entry.SuspectTimes = [Tuple.Create(Address(11901), new DateTime(2026, 12, 5, 17, 0, 0, DateTimeKind.Utc))];

        Assert.True(await table.InsertRow(entry, before.Next()));

        var read = await table.ReadRow(entry.SiloAddress);
        var (stored, _) = Assert.Single(read.Members);
        Assert.Equal(before.Version + 1, read.Version.Version);
        Assert.NotEqual(before.VersionEtag, read.Version.VersionEtag);
        Assert.Equal(entry.SiloAddress, stored.SiloAddress);
        Assert.Equal(SiloStatus.Joining, stored.Status);
        Assert.Equal(30900, stored.ProxyPort);
        Assert.Equal("silo", stored.SiloName);
        Assert.Equal(entry.StartTime, stored.StartTime);
        Assert.Equal(entry.IAmAliveTime, stored.IAmAliveTime);
        var (suspect, at) = Assert.Single(stored.SuspectTimes!);
        Assert.Equal(Address(11901), suspect);
        Assert.Equal(new DateTime(2026, 12, 5, 17, 0, 0, DateTimeKind.Utc), at);
    }

    [Fact]
    public async Task InsertRow_WithAStaleVersionEtag_OrTwice_IsRefused()
    {
        var table = await TableAsync(joinExisting: false);
        var version = (await table.ReadAll()).Version;
        Assert.True(await table.InsertRow(Entry(11900, SiloStatus.Joining), version.Next()));

        // Another silo wrote since `version` was read.
        Assert.False(await table.InsertRow(Entry(11901, SiloStatus.Joining), version.Next()));
        var current = (await table.ReadAll()).Version;
        Assert.False(await table.InsertRow(Entry(11900, SiloStatus.Joining), current.Next()));
        Assert.Single((await table.ReadAll()).Members);
    }

    [Fact]
    public async Task UpdateRow_NeedsBothTheRowEtagAndTheVersionEtag()
    {
        var table = await TableAsync(joinExisting: false);
        var entry = Entry(11900, SiloStatus.Joining);
        Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        var read = await table.ReadRow(entry.SiloAddress);
        var etag = read.Members[0].Item2;
        entry.Status = SiloStatus.Active;

        Assert.False(await table.UpdateRow(entry, "not-the-etag", read.Version.Next()));
        Assert.False(await table.UpdateRow(entry, etag, new TableVersion(read.Version.Version + 1, "not-the-version")));
        Assert.True(await table.UpdateRow(entry, etag, read.Version.Next()));
        Assert.False(await table.UpdateRow(entry, etag, (await table.ReadAll()).Version.Next()));

        Assert.Equal(SiloStatus.Active, (await table.ReadRow(entry.SiloAddress)).Members[0].Item1.Status);
    }

    [Fact]
    public async Task APlainStart_MarksASiloLeftAliveByACrashDead_WhileAHandoverJoinsIt()
    {
        var first = await TableAsync(joinExisting: false);
        Assert.True(await first.InsertRow(Entry(11900, SiloStatus.Active), (await first.ReadAll()).Version.Next()));

        await (await TableAsync(joinExisting: true)).InitializeMembershipTable(tryInitTableVersion: true);
        Assert.Equal(SiloStatus.Active, (await first.ReadAll()).Members[0].Item1.Status);

        await (await TableAsync(joinExisting: false)).InitializeMembershipTable(tryInitTableVersion: true);
        Assert.Equal(SiloStatus.Dead, (await first.ReadAll()).Members[0].Item1.Status);
    }

    [Fact]
    public async Task CleanupDefunctSiloEntries_RemovesOnlyDeadSilosNotSeenSinceTheDate()
    {
        var table = await TableAsync(joinExisting: false);
        var old = Entry(11900, SiloStatus.Dead, seen: DateTime.UtcNow.AddDays(-8));
        var recent = Entry(11901, SiloStatus.Dead);
        var alive = Entry(11902, SiloStatus.Active, seen: DateTime.UtcNow.AddDays(-8));
        foreach (var entry in new[] { old, recent, alive })
        {
            Assert.True(await table.InsertRow(entry, (await table.ReadAll()).Version.Next()));
        }

        await table.CleanupDefunctSiloEntries(DateTimeOffset.UtcNow.AddDays(-7));

        Assert.Equal([11901, 11902], (await table.ReadAll()).Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).Order());
    }

    private async Task<SqliteMembershipTable> TableAsync(bool joinExisting)
    {
        var table = new SqliteMembershipTable(
            new SqliteMembershipSettings(_env.Options.GetSqliteConnectionString(_env.DataDirectory), joinExisting),
            Options.Create(new ClusterOptions { ClusterId = "mud", ServiceId = _env.ServiceId }),
            NullLogger<SqliteMembershipTable>.Instance);
        await table.InitializeMembershipTable(tryInitTableVersion: true);
        return table;
    }

    private static SiloAddress Address(int port) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 155_000_000 + port);

    private static MembershipEntry Entry(int port, SiloStatus status, DateTime? seen = null) => new()
    {
        SiloAddress = Address(port),
        Status = status,
        ProxyPort = port + 19_000,
        HostName = "localhost",
        SiloName = "silo",
        StartTime = (seen ?? DateTime.UtcNow).AddSeconds(-5),
        IAmAliveTime = seen ?? DateTime.UtcNow,
    };
}
