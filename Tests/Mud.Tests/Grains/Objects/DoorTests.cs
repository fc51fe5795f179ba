using Mud.Objects;

namespace Mud.Tests.Grains.Objects;

[Collection(GameClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class DoorTests(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    private static readonly string[] ClosedDoor = [Doors.DoorTag, Doors.ClosedTag];

    /// <summary>A hall and a yard joined by a door, closed on both sides, with a player in the hall and one in the yard.</summary>
    private async Task<Scene> DoorBetweenTwoPlayersAsync(LockSet? locks = null)
    {
        var hall = await TestWorld.NewRoomAsync(Client, "A Hall");
        var yard = await TestWorld.NewRoomAsync(Client, "A Yard");
        var door = await TestWorld.SpawnAsync(Client, ObjectRef.Room(hall), "east", ["door"], locks: locks, destination: yard, tags: ClosedDoor);
        var backDoor = await TestWorld.SpawnAsync(Client, ObjectRef.Room(yard), "west", ["door"], destination: hall, tags: ClosedDoor);
        var (inside, insideName) = await NewAccountAsync();
        await TestWorld.MoveInAsync(Client, inside, insideName, hall);
        var (outside, outsideName) = await NewAccountAsync();
        await TestWorld.MoveInAsync(Client, outside, outsideName, yard);
        return new(inside, insideName, outside, hall, door, backDoor);
    }

    private sealed record Scene(TestPlayer Inside, string InsideName, TestPlayer Outside, string Hall, ObjectSummary Door, ObjectSummary BackDoor);

    private async Task<bool> IsClosedAsync(ObjectSummary exit) =>
        Doors.IsClosed((await Client.GetGrain<IObjectGrain>(exit.Id).GetSnapshotAsync())!.Summary);

    [Fact]
    public async Task AClosedDoor_IsShownClosed_AndNobodyWalksThroughIt()
    {
        var (inside, insideName, outside, _, _, _) = await DoorBetweenTwoPlayersAsync();

        await inside.TypeAsync("look");
        await inside.WaitForAsync("Exits: east (closed)");
        await inside.TypeAsync("east");
        await inside.WaitForAsync("The way east is closed. (open east)");
        await Task.Delay(200);
        Assert.DoesNotContain(outside.Received, line => line.Contains($"{insideName} arrives", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpeningOneSide_OpensTheOther_TellsTheFarRoom_AndLetsPeopleThrough()
    {
        var (inside, insideName, outside, _, door, backDoor) = await DoorBetweenTwoPlayersAsync();

        await inside.TypeAsync("open door");
        await inside.WaitForAsync("You open the way east.");
        await outside.WaitForAsync("The way west opens from the other side.");
        Assert.False(await IsClosedAsync(door));
        Assert.False(await IsClosedAsync(backDoor));

        await inside.TypeAsync("east");
        await outside.WaitForAsync($"{insideName} arrives");

        await outside.TypeAsync("close west");
        await outside.WaitForAsync("You close the way west.");
        Assert.True(await IsClosedAsync(door));
        Assert.True(await IsClosedAsync(backDoor));
    }

    [Fact]
    public async Task ALockedDoor_OpensOnlyForWhoeverHoldsItsKey()
    {
        var (inside, insideName, _, _, door, _) = await DoorBetweenTwoPlayersAsync(LockSet.None.With("open", "holds(brass key)"));

        await inside.TypeAsync("open east");
        await inside.WaitForAsync("You cannot open the way east: it is locked.");
        Assert.True(await IsClosedAsync(door));

        await TestWorld.SpawnAsync(Client, ObjectRef.Character(insideName.ToLowerInvariant()), "a brass key", ["key", "brass key"]);
        await inside.TypeAsync("open east");
        await inside.WaitForAsync("You open the way east.");
        Assert.False(await IsClosedAsync(door));
    }

    [Fact]
    public async Task ADoorWithACloser_ShutsBothSidesByItself_AfterItsDelay()
    {
        var (inside, _, outside, _, door, backDoor) = await DoorBetweenTwoPlayersAsync();
        var grain = Client.GetGrain<IObjectGrain>(door.Id);
        Assert.Null((await grain.EditAsync(new SetAttribute("delay", AttributeValue.Parse("5")))).Problem);
        Assert.Null((await grain.EditAsync(new SetBehaviour("closer", Attached: true))).Problem);

        await outside.TypeAsync("open west");
        await outside.WaitForAsync("You open the way west.");
        await inside.WaitForAsync("The way east opens from the other side.");
        Assert.False(await IsClosedAsync(door));

        await inside.WaitForAsync("The way east swings shut.");
        await outside.WaitForAsync("The way west closes from the other side.");
        Assert.True(await IsClosedAsync(door));
        Assert.True(await IsClosedAsync(backDoor));
    }

    [Theory]
    [InlineData("open", "Usage: open <exit>, e.g. open north.")]
    [InlineData("open sky", "There is no way 'sky' out of here.")]
    [InlineData("close east", "The way east is already closed.")]
    public async Task DoorCommands_ExplainWhatIsWrong(string command, string answer)
    {
        var (inside, _, _, _, _, _) = await DoorBetweenTwoPlayersAsync();

        await inside.TypeAsync(command);
        await inside.WaitForAsync(answer);
    }

    [Fact]
    public async Task OpeningAnExitWithoutADoor_SaysThereIsNone()
    {
        var (inside, _, _, hall, _, _) = await DoorBetweenTwoPlayersAsync();
        await TestWorld.SpawnAsync(Client, ObjectRef.Room(hall), "north", [], destination: hall);

        await inside.TypeAsync("open north");
        await inside.WaitForAsync("There is no door on the way north.");
    }
}
