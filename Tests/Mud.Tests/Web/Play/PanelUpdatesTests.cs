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
}
