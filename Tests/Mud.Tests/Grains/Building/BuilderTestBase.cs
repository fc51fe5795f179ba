using System.Text.RegularExpressions;
using Mud.Accounts;
using Mud.Objects;

namespace Mud.Tests.Grains.Building;

/// <summary>Builders for the building command tests, each working in rooms of its own so tests never see each other's objects.</summary>
public abstract partial class BuilderTestBase(GameClusterFixture cluster) : PlayerTestBase(cluster)
{
    protected IObjectDirectoryGrain Directory => Client.GetGrain<IObjectDirectoryGrain>(0);

    /// <summary>A new account raised to <paramref name="level"/>, once its session has read the new level.</summary>
    protected async Task<(TestPlayer Player, string Name)> NewStaffAsync(PermissionLevel level, string probe)
    {
        var (player, name) = await NewAccountAsync();
        await Account(name).SetLevelAsync(level);

        // The session re-reads its account when told it changed (a one-way call): wait until it has.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var reply = await RunAsync(player, probe);
            if (!reply.Contains("and above may use", StringComparison.Ordinal))
            {
                return (player, name);
            }

            Assert.False(deadline.IsCancellationRequested, $"{name}'s session never noticed its new level {level}.");
            await Task.Delay(20);
        }
    }

    protected Task<(TestPlayer Player, string Name)> NewBuilderAsync() => NewStaffAsync(PermissionLevel.Builder, "@rooms no-such-area");

    /// <summary>Digs a room of the builder's own and takes the builder there; returns its id.</summary>
    protected async Task<string> OwnRoomAsync(TestPlayer builder, string? name = null)
    {
        var id = IdIn(await RunAsync(builder, $"@dig {name ?? "Workshop " + Guid.NewGuid().ToString("N")[..8]}"));
        await RunAsync(builder, $"@tel {id}");
        return id;
    }

    /// <summary>Types a line and returns everything the command answered.</summary>
    protected static async Task<string> RunAsync(TestPlayer player, string line) => string.Join('\n', await player.TypeAndReadAsync(line));

    /// <summary>The first object id (<c>#12</c>) in a reply.</summary>
    protected static string IdIn(string reply) =>
        ObjectId().Match(reply) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException($"No object id in: {reply}");

    /// <summary>Every object id in a reply, in order.</summary>
    protected static IReadOnlyList<string> IdsIn(string reply) => [.. ObjectId().Matches(reply).Select(m => m.Groups[1].Value)];

    protected Task<ObjectSnapshot?> SnapshotAsync(ObjectRef target) => Client.GetObject(target).GetSnapshotAsync();

    [GeneratedRegex(@"\((#\d+)\)")]
    private static partial Regex ObjectId();
}
