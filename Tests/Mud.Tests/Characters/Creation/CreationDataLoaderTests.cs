using Mud.Characters.Creation;

namespace Mud.Tests.Characters.Creation;

[Trait("Category", "Unit")]
public sealed class CreationDataLoaderTests
{
    private const string Valid = """
        { "version": 1, "pointBudget": 4, "maxPointsPerStat": 2, "maxDescriptionLength": 100,
          "defaultDescription": "Someone.", "defaultRace": "human", "defaultClass": "warrior",
          "stats": [ { "key": "strength", "name": "Strength", "base": 5 } ],
          "races": [ { "key": "human", "name": "Human", "bonuses": { "strength": 1 } } ],
          "classes": [ { "key": "warrior", "name": "Warrior", "primaryStat": "strength" } ] }
        """;

    [Fact]
    public void TheShippedFile_Loads()
    {
        var data = CreationDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "world", CreationDataLoader.FileName));

        Assert.True(data.Races.Length >= 2);
        Assert.True(data.Classes.Length >= 2);
        Assert.True(data.PointBudget > 0);
    }

    [Fact]
    public void AMissingFile_IsNamed_WithWhereItIsLookedFor()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), CreationDataLoader.FileName);

        var problem = Assert.Throws<InvalidDataException>(() => CreationDataLoader.Load(missing));

        Assert.Equal($"{missing}: not found (the character creation rules, read from the world file's folder).", problem.Message);
    }

    [Fact]
    public void AMinimalFile_Loads() => Assert.Equal(4, CreationDataLoader.Parse(Valid, "test.json").PointBudget);

    [Theory]
    [InlineData("\"defaultRace\": \"human\"", "\"defaultRace\": \"orc\"", "the default race 'orc' is not a race")]
    [InlineData("\"defaultClass\": \"warrior\"", "\"defaultClass\": \"bard\"", "the default class 'bard' is not a class")]
    [InlineData("\"bonuses\": { \"strength\": 1 }", "\"bonuses\": { \"luck\": 1 }", "race 'human' has a bonus for unknown stat 'luck'")]
    [InlineData("\"primaryStat\": \"strength\"", "\"primaryStat\": \"luck\"", "class 'warrior' has unknown primary stat 'luck'")]
    [InlineData("\"key\": \"strength\", \"name\": \"Strength\", \"base\": 5", "\"key\": \"Strength\", \"name\": \"Strength\", \"base\": 5", "stat key 'Strength' must be lower-case letters")]
    [InlineData("\"base\": 5", "\"base\": 0", "stat 'strength' needs a base of 1 to 100")]
    [InlineData("\"pointBudget\": 4", "\"pointBudget\": -1", "pointBudget must be 0 to 1000")]
    [InlineData("\"maxDescriptionLength\": 100", "\"maxDescriptionLength\": 5", "defaultDescription must be set and no longer than maxDescriptionLength")]
    [InlineData("\"races\": [ { \"key\": \"human\", \"name\": \"Human\", \"bonuses\": { \"strength\": 1 } } ]", "\"races\": []", "there must be at least one race")]
    [InlineData("{ \"version\": 1,", "{ \"version\": 1, [", "not valid character creation JSON")]
    public void BrokenFiles_AreRefused_SayingWhatIsWrong(string original, string replacement, string problem)
    {
        var json = Valid.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);

        var error = Assert.Throws<InvalidDataException>(() => CreationDataLoader.Parse(json, "test.json"));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
