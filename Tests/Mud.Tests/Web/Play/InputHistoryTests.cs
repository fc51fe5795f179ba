using Mud.WebPortal.Components.Pages.Play;

namespace Mud.Tests.Web.Play;

[Trait("Category", "Unit")]
public sealed class InputHistoryTests
{
    [Fact]
    public void UpAndDown_WalkTheSentLines_AndComeBackToWhatWasBeingTyped()
    {
        var history = new InputHistory();
        history.Add("look");
        history.Add("north");

        Assert.Equal("north", history.Previous("sa"));
        Assert.Equal("look", history.Previous("north"));
        Assert.Equal("look", history.Previous("look"));
        Assert.Equal("north", history.Next("look"));
        Assert.Equal("sa", history.Next("north"));
        Assert.Equal("sa", history.Next("sa"));
    }

    [Fact]
    public void RepeatsAndBlankLines_AreNotRemembered_AndTheOldestGoPastTheCapacity()
    {
        var history = new InputHistory(capacity: 2);
        history.Add("look");
        history.Add("look");
        history.Add("");
        history.Add("north");
        history.Add("south");

        Assert.Equal(["north", "south"], history.Lines);
    }

    [Fact]
    public void WithNothingSent_UpKeepsTheLine() => Assert.Equal("half", new InputHistory().Previous("half"));
}
