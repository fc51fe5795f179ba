using Mud.Characters;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.Tests.Grains.Building;

/// <summary>@create, @spawn, @name, @desc, @set, @wipe, @tag, @script, @examine and @find.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ObjectBuildingTests(GameClusterFixture cluster) : BuilderTestBase(cluster)
{
    [Fact]
    public async Task Create_PutsANewItemInTheBuildersHands_AndInTheDirectory()
    {
        var (builder, name) = await NewBuilderAsync();
        await OwnRoomAsync(builder);

        var id = IdIn(await RunAsync(builder, "@create a rusty sword;sword;rusty"));
        var bag = IdIn(await RunAsync(builder, "@create/container a canvas bag;bag"));

        var sword = (await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, id)))!;
        Assert.Equal(ObjectRef.Character(name.ToLowerInvariant()), sword.Location);
        Assert.Equal(new[] { "sword", "rusty" }, sword.Aliases.ToArray());
        Assert.True((await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, bag)))!.IsContainer);
        Assert.Contains(await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).GetContentsAsync(), c => c.Id == id);
        Assert.Equal("a rusty sword", (await Directory.GetAsync(sword.Ref))!.Name);
        Assert.Contains("a rusty sword", await RunAsync(builder, "inventory"), StringComparison.Ordinal);
        Assert.Contains("Usage: @create", await RunAsync(builder, "@create"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spawn_ListsPrototypes_AndMakesAnItemWithItsInheritedFields()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);

        Assert.Contains("iron-sword", await RunAsync(builder, "@spawn"), StringComparison.Ordinal);
        var id = IdIn(await RunAsync(builder, "@spawn iron-sword"));

        var sword = (await SnapshotAsync(ObjectRef.Thing(ObjectKind.Item, id)))!;
        Assert.Equal("an iron sword", sword.Name);
        Assert.Equal(AttributeValue.Of(6), sword.Attributes["damage"]);
        Assert.Contains("weapon", sword.Tags);
        Assert.Equal("iron-sword", sword.Prototype);
        Assert.Contains("There is no prototype", await RunAsync(builder, "@spawn no-such-thing"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Name_RenamesAndSetsAliases_InTheHolderAndTheDirectory()
    {
        var (builder, name) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var id = IdIn(await RunAsync(builder, "@create a stick"));

        Assert.Contains("is now a gnarled staff", await RunAsync(builder, $"@name {id} = a gnarled staff;staff"), StringComparison.Ordinal);
        await RunAsync(builder, "@name staff = an old gnarled staff");

        var held = (await Client.GetGrain<ICharacterGrain>(name.ToLowerInvariant()).GetContentsAsync()).Single(c => c.Id == id);
        Assert.Equal("an old gnarled staff", held.Name);
        Assert.Equal(new[] { "staff" }, held.Aliases.ToArray());
        Assert.Equal("an old gnarled staff", (await Directory.GetAsync(held.Ref))!.Name);
        Assert.Contains("Usage: @name", await RunAsync(builder, "@name staff"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Desc_DescribesAnObject_OrTheRoomWhenNoneIsNamed()
    {
        var (builder, _) = await NewBuilderAsync();
        var room = await OwnRoomAsync(builder);
        await RunAsync(builder, "@create a pebble");

        await RunAsync(builder, "@desc pebble = Smooth and grey.");
        await RunAsync(builder, "@desc Dust hangs in the air.");

        Assert.Contains("Smooth and grey.", await RunAsync(builder, "look pebble"), StringComparison.Ordinal);
        Assert.Equal("Dust hangs in the air.", (await SnapshotAsync(ObjectRef.Room(room)))!.Description);
    }

    [Fact]
    public async Task Set_StoresTypedValues_ShowsThem_AndRemovesWithNoValue()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var id = IdIn(await RunAsync(builder, "@create a lamp"));
        var lamp = ObjectRef.Thing(ObjectKind.Item, id);

        await RunAsync(builder, "@set lamp/charges = 5");
        await RunAsync(builder, "@set lamp/weight = 2.5");
        await RunAsync(builder, "@set lamp/lit = true");
        await RunAsync(builder, "@set lamp/colour = warm yellow");
        await RunAsync(builder, "@set lamp/code = \"5\"");

        var attributes = (await SnapshotAsync(lamp))!.Attributes;
        Assert.Equal(new AttributeValue(AttributeType.Integer, "5"), attributes["charges"]);
        Assert.Equal(new AttributeValue(AttributeType.Number, "2.5"), attributes["weight"]);
        Assert.Equal(new AttributeValue(AttributeType.Boolean, "true"), attributes["lit"]);
        Assert.Equal(new AttributeValue(AttributeType.Text, "warm yellow"), attributes["colour"]);
        Assert.Equal(new AttributeValue(AttributeType.Text, "5"), attributes["code"]);
        Assert.Contains("charges = 5 (Integer)", await RunAsync(builder, "@set lamp/charges"), StringComparison.Ordinal);

        await RunAsync(builder, "@set lamp/charges =");
        Assert.DoesNotContain("charges", (await SnapshotAsync(lamp))!.Attributes.Keys);
        Assert.Contains("An attribute name must be", await RunAsync(builder, "@set lamp/9lives = 1"), StringComparison.Ordinal);
        Assert.Contains("Usage: @set", await RunAsync(builder, "@set lamp = 1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wipe_RemovesOneAttribute_OrAll()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var lamp = ObjectRef.Thing(ObjectKind.Item, IdIn(await RunAsync(builder, "@create a lamp")));
        await RunAsync(builder, "@set lamp/a = 1");
        await RunAsync(builder, "@set lamp/b = 2");
        await RunAsync(builder, "@set lamp/c = 3");

        await RunAsync(builder, "@wipe lamp/a");
        Assert.Equal(new[] { "b", "c" }, (await SnapshotAsync(lamp))!.Attributes.Keys.ToArray());

        await RunAsync(builder, "@wipe lamp");
        Assert.Empty((await SnapshotAsync(lamp))!.Attributes);
    }

    [Fact]
    public async Task Tag_AddsListsAndRemovesTags()
    {
        var (builder, name) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var gem = ObjectRef.Thing(ObjectKind.Item, IdIn(await RunAsync(builder, "@create a gem")));

        await RunAsync(builder, "@tag gem = Treasure");
        await RunAsync(builder, "@tag gem = shiny");
        Assert.Contains("treasure, shiny", await RunAsync(builder, "@tag gem"), StringComparison.Ordinal);
        Assert.Contains("already tagged", await RunAsync(builder, "@tag gem = shiny"), StringComparison.Ordinal);

        await RunAsync(builder, "@tag/del gem = treasure");
        Assert.Equal(new[] { "shiny" }, (await SnapshotAsync(gem))!.Tags.ToArray());

        // The builder's own character is edited in its own grain, without calling itself.
        await RunAsync(builder, "@tag me = guard");
        Assert.Contains("guard", (await SnapshotAsync(ObjectRef.Character(name.ToLowerInvariant())))!.Tags);
    }

    [Fact]
    public async Task Script_ListsBehaviours_AttachesAndDetachesThem()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var parrot = ObjectRef.Thing(ObjectKind.Item, IdIn(await RunAsync(builder, "@create a parrot")));

        Assert.Contains("speaker", await RunAsync(builder, "@script"), StringComparison.Ordinal);
        Assert.Contains("now has the behaviour speaker", await RunAsync(builder, "@script parrot = speaker"), StringComparison.Ordinal);
        Assert.Contains("There is no behaviour 'dancer'", await RunAsync(builder, "@script parrot = dancer"), StringComparison.Ordinal);
        Assert.Equal(new[] { "speaker" }, (await SnapshotAsync(parrot))!.Behaviours.ToArray());

        await RunAsync(builder, "@script/del parrot = speaker");
        Assert.Empty((await SnapshotAsync(parrot))!.Behaviours);
    }

    [Fact]
    public async Task Examine_ShowsEveryField_WithTypesAndDefaultedLocks()
    {
        var (builder, _) = await NewBuilderAsync();
        var room = await OwnRoomAsync(builder);
        var id = IdIn(await RunAsync(builder, "@create a compass;compass"));
        await RunAsync(builder, "@set compass/needles = 1");
        await RunAsync(builder, "@tag compass = tool");
        await RunAsync(builder, "@lock compass = get:perm(Helper)");

        var item = await RunAsync(builder, $"@ex {id}");
        var here = await RunAsync(builder, "@examine");

        Assert.Contains($"a compass ({id}), item", item, StringComparison.Ordinal);
        Assert.Contains("needles = 1 (Integer)", item, StringComparison.Ordinal);
        Assert.Contains("Tags: tool", item, StringComparison.Ordinal);
        Assert.Contains("get:perm(Helper)", item, StringComparison.Ordinal);
        Assert.Contains("edit:perm(Builder) (default)", item, StringComparison.Ordinal);
        Assert.Contains($"({room}), room", here, StringComparison.Ordinal);
        Assert.Contains($"Room number: {RoomNumber.Of(new RoomId(room))}", here, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_FindsObjectsAnywhereByNameOrId()
    {
        var (builder, _) = await NewBuilderAsync();
        await OwnRoomAsync(builder);
        var unique = "trinket" + Guid.NewGuid().ToString("N")[..8];
        var id = IdIn(await RunAsync(builder, $"@create a {unique}"));

        var byName = await RunAsync(builder, $"@find {unique}");
        var byId = await RunAsync(builder, $"@find {id}");

        Assert.Contains(id, byName, StringComparison.Ordinal);
        Assert.Contains("item", byName, StringComparison.Ordinal);
        Assert.Contains(unique, byId, StringComparison.Ordinal);
        Assert.Contains("Nothing is called", await RunAsync(builder, "@find zzz-nothing-" + Guid.NewGuid().ToString("N")), StringComparison.Ordinal);
    }
}
