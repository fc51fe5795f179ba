using System.Globalization;

namespace Mud.Tests.Grains.Community;

/// <summary>A game cluster for channel, mail and nick tests, with small limits so they are quick to reach.</summary>
public sealed class CommunityClusterFixture : GameClusterFixture
{
    public const int HistorySize = 5;
    public const int MaxLetters = 3;
    public const int MaxSubjectLength = 20;
    public const int MaxBodyLength = 100;
    public const int MaxRecipients = 3;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Mud:Channels:HistorySize"] = HistorySize.ToString(CultureInfo.InvariantCulture),
        ["Mud:Channels:HistorySaveSeconds"] = "1",
        ["Mud:Mail:MaxMessages"] = MaxLetters.ToString(CultureInfo.InvariantCulture),
        ["Mud:Mail:MaxSubjectLength"] = MaxSubjectLength.ToString(CultureInfo.InvariantCulture),
        ["Mud:Mail:MaxBodyLength"] = MaxBodyLength.ToString(CultureInfo.InvariantCulture),
        ["Mud:Mail:MaxRecipients"] = MaxRecipients.ToString(CultureInfo.InvariantCulture),
    };
}

[CollectionDefinition(Name)]
public sealed class CommunityClusterCollection : ICollectionFixture<CommunityClusterFixture>
{
    public const string Name = "Game cluster for channels, mail and nicks";
}

/// <summary>Shortcuts for community tests: staff players, and channels of their own so tests do not hear each other.</summary>
public abstract class CommunityTestBase(CommunityClusterFixture cluster) : PlayerTestBase(cluster)
{
    protected CommunityClusterFixture Cluster { get; } = cluster;

    /// <summary>A logged-in administrator.</summary>
    protected async Task<(TestPlayer Player, string Name)> NewStaffAsync()
    {
        var name = TestPlayer.UniqueName();
        var player = await ConnectAsync();
        await player.TypeAsync($"create {name} s3cretpw");
        await Account(name).SetLevelAsync(Mud.Accounts.PermissionLevel.Admin);
        await player.TypeAsync($"connect {name} s3cretpw");
        await player.WaitForAsync("Exits:");
        return (player, name);
    }

    /// <summary>A new channel made by <paramref name="staff"/>: its name, a unique word of letters.</summary>
    protected static async Task<string> NewChannelAsync(TestPlayer staff, string? alias = null)
    {
        var name = "C" + TestPlayer.UniqueName()[1..10];
        await staff.TypeAsync($"@ccreate {name}{(alias is null ? "" : ";" + alias)} = A channel for one test.");
        await staff.WaitForAsync($"Channel {name} created.");
        return name;
    }

    /// <summary>
    /// Waits until exactly <paramref name="count"/> of the texts a player received match: replies reach the
    /// recording front end as one-way calls, which may arrive after a later one.
    /// </summary>
    protected static async Task WaitForCountAsync(TestPlayer player, Func<string, bool> match, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (player.Received.Count(match) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"expected {count} matching lines, got:\n{string.Join("\n", player.Received)}");
            await Task.Delay(20);
        }

        Assert.Equal(count, player.Received.Count(match));
    }

    /// <summary>A unique word to say, so a test only matches its own lines.</summary>
    protected static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];
}
