using Mud.Oob;
using Mud.WebPortal.Components.Pages.Play;

namespace Mud.Tests.Web.Play;

[Trait("Category", "Unit")]
public sealed class PanelUpdatesTests
{
    [Fact]
    public void VitalsRoomAndName_FillThePanel()
    {
        var panel = PlayPanel.Empty;

        panel = PanelUpdates.Apply(panel, OobMessage.WithKwargs("Char.Name", new OobField("name", OobValue.Of("Aldra"))));
        panel = PanelUpdates.Apply(panel, OobMessage.WithKwargs("Char.Vitals",
            new OobField("hp", OobValue.Of(42)), new OobField("maxhp", OobValue.Of(60)), new OobField("mp", OobValue.Of(5)), new OobField("maxmp", OobValue.Of(20))));
        panel = PanelUpdates.Apply(panel, OobMessage.WithKwargs("Room.Info",
            new OobField("name", OobValue.Of("Bakery Lane")), new OobField("area", OobValue.Of("Millbrook")),
            new OobField("exits", OobValue.Table(new OobField("w", OobValue.Of(1)), new OobField("gate", OobValue.Of(7))))));

        Assert.Equal("Aldra", panel.Character);
        Assert.Equal((new Vital(42, 60), 70), (panel.Health, panel.Health!.Percent));
        Assert.Equal(new Vital(5, 20), panel.Mana);
        Assert.Equal(("Bakery Lane", "Millbrook"), (panel.Room, panel.Area));
        Assert.Equal(["w", "gate"], panel.Exits.ToArray());
        Assert.Equal(["west", "gate"], panel.Exits.Select(PanelUpdates.ExitName).ToArray());
    }

    [Fact]
    public void UnknownMessagesAndMistypedFields_LeaveThePanelAsItWas()
    {
        var panel = new PlayPanel("Aldra", new Vital(10, 10), null, "Square", null, ["north"]);

        Assert.Same(panel, PanelUpdates.Apply(panel, OobMessage.Of("Comm.Channel.Text", OobValue.Of("hi"))));
        var vitals = PanelUpdates.Apply(panel, OobMessage.WithKwargs("char.vitals", new OobField("hp", OobValue.Of("lots")), new OobField("maxhp", OobValue.Of(10))));
        Assert.Equal(panel, vitals);
    }

    [Fact]
    public void ItemLists_FillTheInventoryAndTheRoom_AndAddUpdateRemoveChangeThemById()
    {
        var panel = PlayPanel.Empty;

        panel = PanelUpdates.Apply(panel, ItemList("inv", Item("#1", "a loaf")));
        panel = PanelUpdates.Apply(panel, ItemList("room", Item("#2", "a wooden bucket", "c"), Item("#3", "a stone")));
        panel = PanelUpdates.Apply(panel, ItemChange("Char.Items.Remove", "room", Item("#2", "a wooden bucket", "c")));
        panel = PanelUpdates.Apply(panel, ItemChange("Char.Items.Add", "inv", Item("#2", "a wooden bucket", "c")));
        panel = PanelUpdates.Apply(panel, ItemChange("Char.Items.Update", "inv", Item("#1", "half a loaf")));
        panel = PanelUpdates.Apply(panel, ItemChange("Char.Items.Add", "rep7", Item("#9", "a coin")));

        Assert.Equal([new PanelItem("#1", "half a loaf", false), new PanelItem("#2", "a wooden bucket", true)], panel.Inventory.ToArray());
        Assert.Equal([new PanelItem("#3", "a stone", false)], panel.RoomItems.ToArray());
    }

    [Fact]
    public void RoomPlayers_ListWhoIsHere_AndAddAndRemovePlayerFollowThem_LeavingTheCharacterOutOfOthersHere()
    {
        var panel = PlayPanel.Empty;

        panel = PanelUpdates.Apply(panel, OobMessage.WithKwargs("Char.Name", new OobField("name", OobValue.Of("Aldra"))));
        panel = PanelUpdates.Apply(panel, OobMessage.Of("Room.Players", OobValue.List(Player("Aldra"), Player("Bren"))));
        panel = PanelUpdates.Apply(panel, OobMessage.WithKwargs("Room.AddPlayer", new OobField("name", OobValue.Of("Cass")), new OobField("fullname", OobValue.Of("Cass"))));
        panel = PanelUpdates.Apply(panel, OobMessage.Of("Room.RemovePlayer", OobValue.Of("Bren")));

        Assert.Equal(["Aldra", "Cass"], panel.Players.ToArray());
        Assert.Equal(["Cass"], panel.OthersHere.ToArray());
    }

    [Fact]
    public void MalformedItemsAndPlayers_LeaveThePanelAsItWas()
    {
        var panel = new PlayPanel("Aldra", Inventory: [new PanelItem("#1", "a loaf", false)], Players: ["Aldra"]);

        Assert.Same(panel, PanelUpdates.Apply(panel, OobMessage.WithKwargs("Char.Items.List", new OobField("location", OobValue.Of("inv")))));
        Assert.Same(panel, PanelUpdates.Apply(panel, OobMessage.WithKwargs("Char.Items.Add", new OobField("location", OobValue.Of("inv")), new OobField("item", OobValue.Of("#2")))));
        Assert.Same(panel, PanelUpdates.Apply(panel, OobMessage.Of("Room.Players", OobValue.Of("Aldra"))));
        Assert.Same(panel, PanelUpdates.Apply(panel, OobMessage.Of("Room.RemovePlayer", OobValue.Of(3))));
    }

    private static OobTable Item(string id, string name, string attrib = "") =>
        new([new("id", OobValue.Of(id)), new("name", OobValue.Of(name)), new("attrib", OobValue.Of(attrib))]);

    private static OobTable Player(string name) => new([new("name", OobValue.Of(name)), new("fullname", OobValue.Of(name))]);

    private static OobMessage ItemList(string location, params OobTable[] items) =>
        OobMessage.WithKwargs("Char.Items.List", new OobField("location", OobValue.Of(location)), new OobField("items", OobValue.List(items)));

    private static OobMessage ItemChange(string package, string location, OobTable item) =>
        OobMessage.WithKwargs(package, new OobField("location", OobValue.Of(location)), new OobField("item", item));
}
