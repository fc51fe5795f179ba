using Mud.Objects;

namespace Mud.Tests.Grains.Objects;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ObjectCommandTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    private async Task<(TestPlayer Player, string Name, string Room)> PlayerInOwnRoomAsync()
    {
        var (player, name) = await NewAccountAsync();
        var room = await TestWorld.NewRoomAsync(Client);
        await TestWorld.MoveInAsync(Client, player, name, room);
        return (player, name, room);
    }

    private static ObjectRef Me(string name) => ObjectRef.Character(name.ToLowerInvariant());

    private async Task<ObjectRef?> LocationOfAsync(ObjectSummary item) => await Client.GetGrain<IObjectGrain>(item.Id).GetLocationAsync();

    [Fact]
    public async Task GetThenDrop_MovesTheItemBetweenRoomAndInventory_AndTheRoomSeesIt()
    {
        var (player, name, room) = await PlayerInOwnRoomAsync();
        var (watcher, watcherName) = await NewAccountAsync();
        await TestWorld.MoveInAsync(Client, watcher, watcherName, room);
        var lantern = await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a brass lantern", ["lantern"]);

        await player.TypeAsync("look");
        await player.WaitForAsync("You see: a brass lantern.");
        await player.TypeAsync("get lantern");
        await player.WaitForAsync("You take a brass lantern.");
        await watcher.WaitForAsync($"{name} takes a brass lantern.");

        Assert.Equal(Me(name), await LocationOfAsync(lantern));
        Assert.DoesNotContain(await TestWorld.ContentsAsync(Client, ObjectRef.Room(room)), c => c.Id == lantern.Id);
        await player.TypeAsync("inventory");
        await player.WaitForAsync("You are carrying:\n  a brass lantern");

        await player.TypeAsync("drop lantern");
        await player.WaitForAsync("You drop a brass lantern.");
        Assert.Equal(ObjectRef.Room(room), await LocationOfAsync(lantern));
        Assert.Empty(await TestWorld.ContentsAsync(Client, Me(name)));
        Assert.Contains(await TestWorld.ContentsAsync(Client, ObjectRef.Room(room)), c => c.Id == lantern.Id);
    }

    [Fact]
    public async Task Look_CountsAlikeItems_AndFollowsEveryGetAndDrop()
    {
        // The room keeps the list a look shows and works it out again only when its contents change.
        var (player, _, room) = await PlayerInOwnRoomAsync();
        await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a copper coin", ["coin"]);
        await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a copper coin", ["coin"]);
        await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a brass lantern", ["lantern"]);

        await player.TypeAsync("look");
        await player.WaitForAsync("You see: a copper coin (2), a brass lantern.");
        await player.TypeAsync("get coin");
        await player.WaitForAsync("You take a copper coin.");
        await player.TypeAsync("look");
        await player.WaitForAsync("You see: a copper coin, a brass lantern.");
        await player.TypeAsync("get lantern");
        await player.WaitForAsync("You take a brass lantern.");
        await player.TypeAsync("look");
        await player.WaitForAsync("You see: a copper coin.");
        await player.TypeAsync("drop coin");
        await player.WaitForAsync("You drop a copper coin.");
        await player.TypeAsync("look");
        await player.WaitForAsync("You see: a copper coin (2).");
    }

    [Fact]
    public async Task GetFrom_AndPutIn_UseTheContainer()
    {
        var (player, name, room) = await PlayerInOwnRoomAsync();
        var chest = await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "an oak chest", ["chest"], container: true);
        var ring = await TestWorld.SpawnAsync(Client, chest.Ref, "a gold ring", ["ring"]);

        await player.TypeAsync("look in chest");
        await player.WaitForAsync("It holds: a gold ring.");
        await player.TypeAsync("get ring from chest");
        await player.WaitForAsync("You take a gold ring from an oak chest.");
        Assert.Equal(Me(name), await LocationOfAsync(ring));
        Assert.Empty(await TestWorld.ContentsAsync(Client, chest.Ref));

        await player.TypeAsync("put ring in chest");
        await player.WaitForAsync("You put a gold ring in an oak chest.");
        Assert.Equal(chest.Ref, await LocationOfAsync(ring));
        Assert.Single(await TestWorld.ContentsAsync(Client, chest.Ref));
    }

    [Fact]
    public async Task Containers_CannotHoldThemselves_DirectlyOrThroughAnother()
    {
        var (player, name, room) = await PlayerInOwnRoomAsync();
        var bag = await TestWorld.SpawnAsync(Client, Me(name), "a cloth bag", ["bag"], container: true);
        var box = await TestWorld.SpawnAsync(Client, Me(name), "a tin box", ["box"], container: true);

        await player.TypeAsync("put bag in bag");
        await player.WaitForAsync("You cannot put a cloth bag inside itself.");
        await player.TypeAsync("put bag in box");
        await player.WaitForAsync("You put a cloth bag in a tin box.");
        Assert.Equal(box.Ref, await LocationOfAsync(bag));

        // Commands only reach the outermost containers; the rule itself holds at any depth.
        var pouch = await TestWorld.SpawnAsync(Client, bag.Ref, "a small pouch", ["pouch"], container: true);
        Assert.True(await Containment.WouldEncloseItselfAsync(Client, box.Id, pouch));
        Assert.True(await Containment.WouldEncloseItselfAsync(Client, bag.Id, pouch));
        Assert.False(await Containment.WouldEncloseItselfAsync(Client, pouch.Id, box));
        Assert.Equal(ObjectRef.Room(room), (await Client.GetGrain<Mud.Characters.ICharacterGrain>(name.ToLowerInvariant()).GetSnapshotAsync())!.Location);
    }

    [Fact]
    public async Task Give_HandsTheItemToSomeoneHere()
    {
        var (giver, giverName, room) = await PlayerInOwnRoomAsync();
        var (receiver, receiverName) = await NewAccountAsync();
        await TestWorld.MoveInAsync(Client, receiver, receiverName, room);
        var (witness, witnessName) = await NewAccountAsync();
        await TestWorld.MoveInAsync(Client, witness, witnessName, room);
        var apple = await TestWorld.SpawnAsync(Client, Me(giverName), "a green apple", ["apple"]);

        await giver.TypeAsync($"give apple to {receiverName}");
        await giver.WaitForAsync($"You give a green apple to {receiverName}.");
        await receiver.WaitForAsync($"{giverName} gives you a green apple.");
        await witness.WaitForAsync($"{giverName} gives a green apple to {receiverName}.");

        Assert.Equal(Me(receiverName), await LocationOfAsync(apple));
        Assert.Empty(await TestWorld.ContentsAsync(Client, Me(giverName)));
        Assert.Equal(apple.Id, Assert.Single(await TestWorld.ContentsAsync(Client, Me(receiverName))).Id);
    }

    [Fact]
    public async Task AGiveCutShortAfterTheItemMoved_IsFinishedByRunningItAgain_WithoutACopy()
    {
        var (giver, giverName, room) = await PlayerInOwnRoomAsync();
        var (receiver, receiverName) = await NewAccountAsync();
        await TestWorld.MoveInAsync(Client, receiver, receiverName, room);
        var coin = await TestWorld.SpawnAsync(Client, Me(giverName), "a copper coin", ["coin"]);

        // The first step of the hand-over alone, as if the silo died right after it.
        var moved = await Client.GetGrain<IObjectGrain>(coin.Id).MoveAsync(new ObjectMove(Me(giverName), Me(receiverName), By: null));
        Assert.True(moved.Succeeded);

        await giver.TypeAsync($"give coin to {receiverName}");
        await giver.WaitForAsync($"You give a copper coin to {receiverName}.");
        Assert.Empty(await TestWorld.ContentsAsync(Client, Me(giverName)));
        Assert.Single(await TestWorld.ContentsAsync(Client, Me(receiverName)));
        Assert.Equal(Me(receiverName), await LocationOfAsync(coin));
    }

    [Fact]
    public async Task TwoPlayersGettingOneItemAtOnce_ExactlyOneGetsIt()
    {
        var (first, firstName, room) = await PlayerInOwnRoomAsync();
        var (second, secondName) = await NewAccountAsync();
        await TestWorld.MoveInAsync(Client, second, secondName, room);

        for (var round = 0; round < 5; round++)
        {
            var gem = await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), $"a gem of round {round}", [$"gem{round}"]);
            await Task.WhenAll(first.TypeAsync($"get gem{round}"), second.TypeAsync($"get gem{round}"));

            var holders = new List<string>();
            foreach (var name in new[] { firstName, secondName })
            {
                if ((await TestWorld.ContentsAsync(Client, Me(name))).Any(c => c.Id == gem.Id))
                {
                    holders.Add(name);
                }
            }

            var owner = Assert.Single(holders);
            Assert.Equal(Me(owner), await LocationOfAsync(gem));
            Assert.DoesNotContain(await TestWorld.ContentsAsync(Client, ObjectRef.Room(room)), c => c.Id == gem.Id);
        }
    }

    [Fact]
    public async Task ALockedExit_LetsThroughOnlyWhoCarriesItsKey()
    {
        var (player, name, room) = await PlayerInOwnRoomAsync();
        var vault = await TestWorld.NewRoomAsync(Client, "The Vault");
        await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "vault door", ["door"], locks: LockSet.None.With("traverse", "holds(brass key)"), destination: vault);
        await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a brass key", ["key", "brass key"]);

        await player.TypeAsync("door");
        await player.WaitForAsync("You cannot go through vault door: it is locked.");
        Assert.Equal(room, (await Client.GetGrain<Mud.Characters.ICharacterGrain>(name.ToLowerInvariant()).GetInfoAsync())!.Location.Value);

        await player.TypeAsync("get key");
        await player.TypeAsync("door");
        await player.WaitForAsync("The Vault");
        Assert.Equal(vault, (await Client.GetGrain<Mud.Characters.ICharacterGrain>(name.ToLowerInvariant()).GetInfoAsync())!.Location.Value);
    }

    [Fact]
    public async Task AnItemLockedAgainstGetting_StaysPut_WithItsOwnMessage()
    {
        var (player, name, room) = await PlayerInOwnRoomAsync();
        var statue = await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a stone statue", ["statue"], locks: LockSet.None.With("get", "perm(Builder)"));
        await Client.GetGrain<IObjectGrain>(statue.Id).EditAsync(new SetAttribute("get_failmsg", AttributeValue.Of("It weighs a ton.")));

        await player.TypeAsync("get statue");
        await player.WaitForAsync("It weighs a ton.");
        Assert.Equal(ObjectRef.Room(room), await LocationOfAsync(statue));
        Assert.Empty(await TestWorld.ContentsAsync(Client, Me(name)));
    }

    [Fact]
    public async Task Ordinals_PickOneOfSeveralAlike()
    {
        var (player, name, room) = await PlayerInOwnRoomAsync();
        await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a red candle", ["candle"]);
        var blue = await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a blue candle", ["candle"]);

        await player.TypeAsync("get candle");
        await player.WaitForAsync("Which 'candle'? 1.candle (a red candle), 2.candle (a blue candle).");
        await player.TypeAsync("get 2.candle");
        await player.WaitForAsync("You take a blue candle.");
        Assert.Equal(Me(name), await LocationOfAsync(blue));
    }

    [Theory]
    [InlineData("get", "Usage: get <item>")]
    [InlineData("drop", "Usage: drop <item>")]
    [InlineData("give apple", "Usage: give <item> to <person>")]
    [InlineData("put apple", "Usage: put <item> in <container>")]
    [InlineData("whisper nobody", "Usage: whisper <person> = <message>")]
    [InlineData("get unicorn", "You see no 'unicorn' here.")]
    [InlineData("drop unicorn", "You see no 'unicorn' in your hands.")]
    [InlineData("get unicorn from satchel", "You see no 'satchel' to take things from.")]
    public async Task WrongArguments_GetAUsageLineOrAClearAnswer(string line, string answer)
    {
        var (player, _, _) = await PlayerInOwnRoomAsync();
        await player.TypeAsync(line);
        await player.WaitForAsync(answer);
    }

    [Fact]
    public async Task Whisper_IsHeardByOneAndNoticedByTheRest()
    {
        var (speaker, speakerName, room) = await PlayerInOwnRoomAsync();
        var (listener, listenerName) = await NewAccountAsync();
        await TestWorld.MoveInAsync(Client, listener, listenerName, room);
        var (other, otherName) = await NewAccountAsync();
        await TestWorld.MoveInAsync(Client, other, otherName, room);

        await speaker.TypeAsync($"whisper {listenerName} = the |rkey|n is under the mat");
        await listener.WaitForAsync($"{speakerName} whispers to you, \"the |rkey|n is under the mat\"");
        await speaker.WaitForAsync($"You whisper to {listenerName}");
        await other.WaitForAsync($"{speakerName} whispers something to {listenerName}.");
        Assert.DoesNotContain(other.Received, line => line.Contains("under the mat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APose_NamesThingsAndPeopleWrittenWithASlash()
    {
        var (player, name, room) = await PlayerInOwnRoomAsync();
        var (friend, friendName) = await NewAccountAsync();
        await TestWorld.MoveInAsync(Client, friend, friendName, room);
        await TestWorld.SpawnAsync(Client, Me(name), "a dented shield", ["shield"]);

        await player.TypeAsync($"pose polishes /shield and shows it to /{friendName}.");
        await friend.WaitForAsync($"{name} polishes a dented shield and shows it to {friendName}.");
        await player.TypeAsync("pose juggles /torches.");
        await player.WaitForAsync("There is nothing called 'torches' here to name in your pose.");
    }
}
