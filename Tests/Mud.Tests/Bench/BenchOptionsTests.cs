using Mud.Bench.Options;

namespace Mud.Tests.Bench;

[Trait("Category", "Unit")]
public sealed class BenchOptionsTests
{
    [Fact]
    public void Parse_WithNothing_GivesTheDefaults()
    {
        var options = BenchOptions.Parse([]);

        Assert.Equal(Scenario.Think, options.Scenario);
        Assert.Equal(Target.Mud, options.Target);
        Assert.Equal(100, options.Clients);
        Assert.Equal(4000, options.Port);
        Assert.Equal(["east", "west"], options.WalkDirections);
        Assert.False(options.Mccp);
    }

    [Fact]
    public void Parse_ReadsEveryOption()
    {
        var options = BenchOptions.Parse(
        [
            "--scenario", "SAY", "--target", "tinymux", "--clients", "200", "--rate", "0.5", "--ramp", "4", "--duration", "60",
            "--login-concurrency", "16", "--timeout", "5", "--settle", "2", "--host", "127.0.0.2", "--port", "4100",
            "--prefix", "Crowd", "--password", "sekrit123", "--output", "out.json", "--run-dir", "data/run",
            "--pid", "silo=12", "--pid", "portal=34", "--spread", "50", "--walk", "north,south",
            "--during", "./mud reload", "--during-at", "7.5", "--label", "first", "--speakers", "3", "--mccp",
        ]);

        Assert.Equal(Scenario.Say, options.Scenario);
        Assert.Equal(Target.TinyMux, options.Target);
        Assert.Equal(200, options.Clients);
        Assert.Equal(0.5, options.Rate);
        Assert.Equal(4, options.RampUp);
        Assert.Equal(60, options.Duration);
        Assert.Equal(16, options.LoginConcurrency);
        Assert.Equal(5, options.ReplyTimeout);
        Assert.Equal(2, options.Settle);
        Assert.Equal("127.0.0.2", options.Host);
        Assert.Equal(4100, options.Port);
        Assert.Equal("crowd", options.AccountPrefix);
        Assert.Equal("sekrit123", options.Password);
        Assert.Equal("out.json", options.OutputPath);
        Assert.Equal("data/run", options.RunDirectory);
        Assert.Equal(new Dictionary<string, int> { ["silo"] = 12, ["portal"] = 34 }, options.Pids);
        Assert.Equal(50, options.Spread);
        Assert.Equal(["north", "south"], options.WalkDirections);
        Assert.Equal("./mud reload", options.During);
        Assert.Equal(7.5, options.DuringAt);
        Assert.Equal("first", options.Label);
        Assert.Equal(3, options.Speakers);
        Assert.True(options.Mccp);
    }

    [Theory]
    [InlineData("--clients", "0", "--clients must be a whole number from 1")]
    [InlineData("--clients", "many", "--clients must be a whole number")]
    [InlineData("--rate", "-1", "--rate must be a number from 0")]
    [InlineData("--scenario", "dance", "--scenario must be one of idle, think, say, walk, look, mixed, oob, channel")]
    [InlineData("--prefix", "bench1", "--prefix must be 1 to 12 letters")]
    [InlineData("--password", "short", "--password must be at least 8 characters")]
    [InlineData("--pid", "silo", "--pid wants NAME=PID")]
    [InlineData("--pid", "silo=-3", "--pid wants NAME=PID")]
    [InlineData("--walk", "north", "--walk wants two directions")]
    [InlineData("--speakers", "0", "--speakers must be a whole number from 1")]
    [InlineData("--admin", "boss", "--admin wants NAME:PASSWORD")]
    [InlineData("--admin", "boss:", "--admin wants NAME:PASSWORD")]
    [InlineData("--frobnicate", "1", "Unknown option '--frobnicate'")]
    public void Parse_WithABadValue_NamesTheOption(string name, string value, string message)
    {
        var error = Assert.Throws<FormatException>(() => BenchOptions.Parse([name, value]));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesOobAgainstTinyMux()
    {
        var error = Assert.Throws<FormatException>(() => BenchOptions.Parse(["--scenario", "oob", "--target", "tinymux"]));

        Assert.Contains("TinyMUX speaks neither MSDP nor GMCP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesTheChannelScenarioAgainstTinyMux()
    {
        var error = Assert.Throws<FormatException>(() => BenchOptions.Parse(["--scenario", "channel", "--target", "tinymux"]));

        Assert.Contains("--scenario channel needs --target mud", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsTheAdminsLogin_AtTheFirstColon()
    {
        var options = BenchOptions.Parse(["--scenario", "mixed", "--admin", "boss:pass:word"]);

        Assert.Equal(new AdminLogin("boss", "pass:word"), options.Admin);
    }

    [Fact]
    public void Parse_RefusesTheMixedRoundOnTheMud_WithoutAnAdminToMakeItsBuilders()
    {
        var error = Assert.Throws<FormatException>(() => BenchOptions.Parse(["--scenario", "mixed"]));

        Assert.Contains("needs --admin NAME:PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.Null(BenchOptions.Parse(["--scenario", "mixed", "--target", "tinymux"]).Admin);
    }

    [Fact]
    public void Parse_RefusesAnAdminForTinyMux()
    {
        var error = Assert.Throws<FormatException>(() => BenchOptions.Parse(["--target", "tinymux", "--admin", "boss:bosspass1"]));

        Assert.Contains("any TinyMUX player may build", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithAMissingValue_SaysSo()
    {
        var error = Assert.Throws<FormatException>(() => BenchOptions.Parse(["--clients"]));

        Assert.Equal("--clients needs a value.", error.Message);
    }

    [Theory]
    [InlineData(0, "benchaaaa")]
    [InlineData(1, "benchaaab")]
    [InlineData(27, "benchaabb")]
    [InlineData(9_999, "benchaoup")]
    public void AccountNames_AreLettersOnly_AndDistinct(int client, string expected)
    {
        Assert.Equal(expected, AccountNames.For("bench", client));
        Assert.Null(Mud.Accounts.NameRules.Check(AccountNames.For("bench", client)));
    }
}
