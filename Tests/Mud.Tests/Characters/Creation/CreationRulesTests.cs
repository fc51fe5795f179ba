using System.Collections.Immutable;
using Mud.Characters.Creation;

namespace Mud.Tests.Characters.Creation;

[Trait("Category", "Unit")]
public sealed class CreationRulesTests
{
    private static readonly CreationRules Rules = new(CreationDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "world", CreationDataLoader.FileName)));

    private static CharacterDraft Draft(string name = "Aldra", string race = "elf", string @class = "mage", string description = "", params (string Stat, int Points)[] points) =>
        new(name, race, @class, points.ToImmutableDictionary(p => p.Stat, p => p.Points), description);

    [Fact]
    public void DefaultDraft_IsValid_AndSpendsNothing()
    {
        var options = Rules.ToOptions(maxCharactersPerAccount: 5);

        var check = Rules.Check(options.DefaultDraft("Aldra"));

        Assert.True(check.IsValid, string.Join("; ", check.Problems));
        Assert.Equal(options.PointBudget, check.PointsLeft);
    }

    [Fact]
    public void FinalStats_AreBasePlusRaceBonusPlusPoints()
    {
        var check = Rules.Check(Draft(race: "elf", points: [("agility", 3), ("strength", 1)]));

        Assert.True(check.IsValid, string.Join("; ", check.Problems));
        Assert.Equal(8 + 2 + 3, check.FinalStats["agility"]);
        Assert.Equal(8 - 1 + 1, check.FinalStats["strength"]);
        Assert.Equal(8, check.FinalStats["spirit"]);
        Assert.Equal(Rules.Data.PointBudget - 4, check.PointsLeft);
    }

    [Fact]
    public void SpendingMoreThanTheBudget_IsRefused_EvenWithinThePerStatLimit()
    {
        var check = Rules.Check(Draft(points: [("strength", 5), ("agility", 5), ("spirit", 1)]));

        Assert.Equal("That spends 11 points, but the budget is 10.", check.ProblemWith(CreationField.Stats));
        Assert.Equal(-1, check.PointsLeft);
    }

    [Theory]
    [InlineData("strength", 6, "At most 5 points may go to one stat; Strength has 6.")]
    [InlineData("strength", -2, "Points on Strength cannot be negative.")]
    [InlineData("luck", 1, "There is no stat 'luck'.")]
    [InlineData("agility", int.MaxValue, "At most 5 points may go to one stat; Agility has 2147483647.")]
    public void CraftedPoints_AreRefused_SayingWhy(string stat, int points, string expected)
    {
        var check = Rules.Check(Draft(points: [(stat, points)]));

        Assert.Contains(expected, check.Problems.Where(p => p.Field == CreationField.Stats).Select(p => p.Message));
    }

    [Fact]
    public void HugePointsOnManyStats_DoNotOverflowTheBudgetCheck()
    {
        var check = Rules.Check(Draft(points: [("strength", int.MaxValue), ("agility", int.MaxValue), ("spirit", int.MaxValue)]));

        Assert.Contains(check.Problems, p => p.Message.StartsWith("That spends 6442450941 points", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "mage", CreationField.Race, "Choose a race: Human, Elf, Dwarf or Halfling.")]
    [InlineData("orc", "mage", CreationField.Race, "There is no race 'orc'.")]
    [InlineData("elf", "bard", CreationField.Class, "There is no class 'bard'.")]
    public void UnknownRaceOrClass_IsRefused(string race, string @class, CreationField field, string expected)
    {
        var check = Rules.Check(Draft(race: race, @class: @class));

        Assert.StartsWith(expected, check.ProblemWith(field), StringComparison.Ordinal);
    }

    [Fact]
    public void RaceAndClass_AreMatchedWhateverTheCase()
    {
        Assert.True(Rules.Check(Draft(race: "ELF", @class: "Mage")).IsValid);
    }

    [Theory]
    [InlineData("ab", "3 to 20 letters")]
    [InlineData("Al dra", "only contain the letters")]
    [InlineData("admin", "reserved")]
    public void BadNames_AreRefused_ByTheAccountNameRules(string name, string expected)
    {
        Assert.Contains(expected, Rules.Check(Draft(name: name)).ProblemWith(CreationField.Name), StringComparison.Ordinal);
    }

    [Fact]
    public void ATooLongDescription_IsRefused_WithTheLimit()
    {
        var check = Rules.Check(Draft(description: new string('x', Rules.Data.MaxDescriptionLength + 1)));

        Assert.Equal($"A description may be at most {Rules.Data.MaxDescriptionLength} characters long; this one has {Rules.Data.MaxDescriptionLength + 1}.", check.ProblemWith(CreationField.Description));
    }

    [Fact]
    public void Descriptions_LoseControlCharactersAndLineBreaks_ButKeepTheirText()
    {
        Assert.Equal("A tall elf with [31m|rred|n hair. <b>bold</b>", CreationRules.CleanDescription("  A tall elf\r\nwith \u001b[31m|rred|n hair.\t<b>bold</b>\u0007 "));
    }

    [Fact]
    public void Descriptions_LoseBidiOverridesAndZeroWidthCharacters_AndSeparatorsSplitWords()
    {
        Assert.Equal("A tall elf with red hair.", CreationRules.CleanDescription("A tall\u2028elf\u2029with \u202Ered\u200B hair.\uFEFF"));
    }

    [Fact]
    public void ABlankDescription_IsStoredAsTheDefault()
    {
        Assert.Equal(Rules.Data.DefaultDescription, Rules.DescriptionToStore(" \n "));
    }
}
