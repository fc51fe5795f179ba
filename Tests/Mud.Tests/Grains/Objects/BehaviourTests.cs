using Mud.Objects;

namespace Mud.Tests.Grains.Objects;

/// <summary>Behaviours act on the real clock, at their shortest interval (5 s): each test waits for one or two turns.</summary>
[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class BehaviourTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    private async Task<(TestPlayer Player, string Name, string Room)> PlayerInOwnRoomAsync()
    {
        var (player, name) = await NewAccountAsync();
        var room = await TestWorld.NewRoomAsync(Client);
        await TestWorld.MoveInAsync(Client, player, name, room);
        return (player, name, room);
    }

    private async Task<ObjectSummary> AnimateAsync(ObjectSummary npc, string behaviour, params (string Name, string Value)[] attributes)
    {
        var grain = Client.GetGrain<IObjectGrain>(npc.Id);
        foreach (var (name, value) in attributes)
        {
            Assert.Null((await grain.EditAsync(new SetAttribute(name, AttributeValue.Parse(value)))).Problem);
        }

        var attached = await grain.EditAsync(new SetBehaviour(behaviour, Attached: true));
        Assert.Null(attached.Problem);
        return attached.Object!.Summary;
    }

    [Fact]
    public async Task ASpeaker_SaysItsLinesToWhoeverIsInItsRoom()
    {
        var (player, _, room) = await PlayerInOwnRoomAsync();
        var parrot = await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a green parrot", ["parrot"]);
        var animated = await AnimateAsync(parrot, "speaker", ("lines", "Pieces of eight!;Polly wants a biscuit."), ("interval", "5"));
        await Client.GetGrain<Mud.Rooms.IRoomGrain>(room).AddContentAsync(animated);

        await player.WaitForAsync("a green parrot says, \"");
        Assert.Contains(player.Received, line => line.Contains("Pieces of eight!", StringComparison.Ordinal) || line.Contains("Polly wants a biscuit.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWanderer_WalksOutThroughAnExitItMayTraverse_AndNotOneItMayNot()
    {
        var (player, _, room) = await PlayerInOwnRoomAsync();
        var meadow = await TestWorld.NewRoomAsync(Client, "A Meadow");
        var cellar = await TestWorld.NewRoomAsync(Client, "A Cellar");
        await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "meadow gate", ["gate"], destination: meadow);
        await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "cellar door", ["door"], locks: LockSet.None.With("traverse", "not tag(animal)"), destination: cellar);
        var goat = await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a goat", ["goat"]);
        Assert.Null((await Client.GetGrain<IObjectGrain>(goat.Id).EditAsync(new AddTag("animal"))).Problem);
        var animated = await AnimateAsync(goat, "wanderer", ("interval", "5"));
        await Client.GetGrain<Mud.Rooms.IRoomGrain>(room).AddContentAsync(animated);

        await player.WaitForAsync("a goat leaves meadow gate.");
        Assert.Equal(ObjectRef.Room(meadow), await Client.GetGrain<IObjectGrain>(goat.Id).GetLocationAsync());
        Assert.Contains(await TestWorld.ContentsAsync(Client, ObjectRef.Room(meadow)), c => c.Id == goat.Id);
        Assert.DoesNotContain(await TestWorld.ContentsAsync(Client, ObjectRef.Room(room)), c => c.Id == goat.Id);
    }

    [Fact]
    public async Task AnUnknownBehaviour_IsRefused_NamingTheKnownOnes()
    {
        var (_, _, room) = await PlayerInOwnRoomAsync();
        var rock = await TestWorld.SpawnAsync(Client, ObjectRef.Room(room), "a rock", ["rock"]);

        var result = await Client.GetGrain<IObjectGrain>(rock.Id).EditAsync(new SetBehaviour("dancer", Attached: true));

        Assert.Contains("There is no behaviour 'dancer'. Known: closer, speaker, wanderer.", result.Problem, StringComparison.Ordinal);
    }
}
