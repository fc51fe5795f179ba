using Mud.Characters;

namespace Mud.Tests.Characters;

[Trait("Category", "Unit")]
public sealed class VitalsRulesTests
{
    [Fact]
    public void ANewCharacter_StartsAtLevelOne_InFullHealth()
    {
        Assert.Equal(new Vitals(100, 100, 50, 50, 1, 0), VitalsRules.Starting);
    }

    [Fact]
    public void Regeneration_RestoresAFraction_ButNeverPastTheMaximum()
    {
        var hurt = VitalsRules.Starting with { Health = 10, Mana = 49 };

        var after = VitalsRules.Regenerate(hurt);

        Assert.Equal(15, after.Health);
        Assert.Equal(50, after.Mana);
        Assert.Equal(VitalsRules.Starting, VitalsRules.Regenerate(VitalsRules.Starting));
    }

    [Fact]
    public void OnlyFullHealthAndFullMana_LeaveNothingToRegenerate()
    {
        Assert.True(VitalsRules.IsFull(VitalsRules.Starting));
        Assert.False(VitalsRules.IsFull(VitalsRules.Starting with { Health = 99 }));
        Assert.False(VitalsRules.IsFull(VitalsRules.Starting with { Mana = 0 }));
    }

    [Fact]
    public void Adjust_KeepsHealthAndManaBetweenZeroAndTheMaximum()
    {
        Assert.Equal(0, VitalsRules.Adjust(VitalsRules.Starting, -500, 0).Health);
        Assert.Equal(100, VitalsRules.Adjust(VitalsRules.Starting with { Health = 90 }, 500, 0).Health);
        Assert.Equal(0, VitalsRules.Adjust(VitalsRules.Starting, 0, int.MinValue).Mana);
    }

    [Fact]
    public void Experience_BuysLevels_WhichRaiseTheMaximumsAndRestoreInFull()
    {
        var tired = VitalsRules.Starting with { Health = 3, Mana = 0, Experience = 95 };

        var levelled = VitalsRules.GainExperience(tired, 10);

        Assert.Equal(new Vitals(120, 120, 60, 60, 2, 105), levelled);
        Assert.Equal(3, VitalsRules.GainExperience(VitalsRules.Starting, 300).Level);
        Assert.Equal(tired with { Experience = 99 }, VitalsRules.GainExperience(tired, 4));
    }
}
