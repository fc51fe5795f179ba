using Mud.Accounts;
using Mud.Objects;
using Mud.Rooms;
using Mud.World;

namespace Mud.Tests.Grains.Objects;

/// <summary>A game of its own, since these tests wipe the whole world.</summary>
public sealed class ArchiveClusterFixture : GameClusterFixture
{
    public static readonly string DataDirectory = Path.Combine(Path.GetTempPath(), "mud-archive-" + Guid.NewGuid().ToString("N")[..8]);

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Mud:DataDirectory"] = DataDirectory };
}

[CollectionDefinition(Name)]
public sealed class ArchiveClusterCollection : ICollectionFixture<ArchiveClusterFixture>
{
    public const string Name = "Archive cluster";
}

[Collection(ArchiveClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class WorldArchiveTests(ArchiveClusterFixture cluster) : PlayerTestBase(cluster)
{
    private IWorldGrain World => Client.GetGrain<IWorldGrain>(0);

    [Fact]
    public async Task ExportWipeImport_GivesTheSameWorld_WithWhatPlayersCarried()
    {
        var (player, name) = await NewAccountAsync();
        var me = ObjectRef.Character(name.ToLowerInvariant());
        var room = await TestWorld.NewRoomAsync(Client, "The Archive");
        await TestWorld.MoveInAsync(Client, player, name, room);
        var crate = await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a pine crate", ["crate"], container: true);
        await TestWorld.SpawnAsync(Client, crate.Ref, "a ball of twine", ["twine"]);
        var lamp = await TestWorld.SpawnAsync(Client, me, "an oil lamp", ["lamp"], locks: LockSet.None.With("get", "perm(Builder) or holds(crate)"));
        await Client.GetGrain<IObjectGrain>(lamp.Id).EditAsync(new SetAttribute("oil", AttributeValue.Parse("0.5")));
        await Client.GetGrain<IRoomGrain>(room).EditAsync(new AddTag("dusty"));

        var before = await World.ExportJsonAsync();
        await World.WipeAsync();

        Assert.Empty(await Client.GetGrain<IObjectDirectoryGrain>(0).ListAsync(kind: null));
        Assert.Null(await Client.GetGrain<IRoomGrain>("village-square").GetRecordAsync());
        Assert.Empty(await TestWorld.ContentsAsync(Client, me));

        Assert.Null(await World.ImportJsonAsync(before));
        Assert.Equal(before, await World.ExportJsonAsync());
        Assert.Equal(lamp.Id, Assert.Single(await TestWorld.ContentsAsync(Client, me)).Id);
        Assert.Contains("dusty", (await Client.GetGrain<IRoomGrain>(room).GetSnapshotAsync())!.Tags);
        await player.TypeAsync("look in crate");
        await player.WaitForAsync("It holds: a ball of twine.");
        await player.TypeAsync("north");
        await player.WaitForAsync("You can't go 'north' from here.");
    }

    [Fact]
    public async Task ExportToAFile_ThenImportIt_ByItsBareName()
    {
        var file = await World.ExportAsync();
        Assert.True(File.Exists(Path.Combine(ArchiveClusterFixture.DataDirectory, "exports", file)));
        Assert.Null(await World.ImportAsync(file));
        Assert.NotNull(await Client.GetGrain<IRoomGrain>("village-square").GetRecordAsync());
    }

    [Theory]
    [InlineData("../../etc/passwd", "bare name")]
    [InlineData("/etc/hosts.json", "bare name")]
    [InlineData("missing.json", "no export called")]
    public async Task ImportingAFile_OutsideTheExportsFolderOrMissing_IsRefused(string file, string reason) =>
        Assert.Contains(reason, await World.ImportAsync(file), StringComparison.Ordinal);

    [Theory]
    [InlineData("not json", "Not a world export")]
    [InlineData("""{"format": 2, "startRoom": "x", "rooms": [], "objects": []}""", "format 2")]
    [InlineData("""{"format": 1, "startRoom": "nowhere", "rooms": [], "objects": []}""", "start room 'nowhere'")]
    public async Task ABadExport_IsRefused_AndTheWorldIsUntouched(string json, string reason)
    {
        var before = await World.ExportJsonAsync();
        Assert.Contains(reason, await World.ImportJsonAsync(json), StringComparison.Ordinal);
        Assert.Equal(before, await World.ExportJsonAsync());
    }

    [Fact]
    public async Task AnExportWithAnExitToAMissingRoom_IsRefused()
    {
        var export = WorldExport.Parse(await World.ExportJsonAsync()).Export!;
        var exit = export.Objects.First(o => o.Kind == ObjectKind.Exit);
        var broken = export with { Objects = export.Objects.Replace(exit, exit with { Destination = "no-such-room" }) };

        Assert.Contains("no-such-room", await World.ImportJsonAsync(broken.ToJson()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorldCommands_AreForDevelopersOnly()
    {
        var (player, name) = await NewAccountAsync();
        await player.TypeAsync("@world export");
        await player.WaitForAsync("Only Developer and above may use @world.");
        await Account(name).SetLevelAsync(PermissionLevel.Developer);
        await FenceAsync(player);
        await player.TypeAsync("@world wipe");
        await player.WaitForAsync("Type @world wipe confirm if you mean it.");
        await player.TypeAsync("@world");
        await player.WaitForAsync("Usage: @world export");
    }
}
