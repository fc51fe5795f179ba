using System.Diagnostics;
using Xunit.Abstractions;

namespace Mud.Tests.EndToEnd.Cluster;

/// <summary>
/// Three silos on PostgreSQL, players on the Public channel over real sockets, and each silo SIGKILLed in turn
/// (started again before the next), so the silo holding the channel grain is killed at least once: the channel
/// lives only as long as its silo, and its listeners live only in memory, so they must be told again. Every line
/// said once the cluster has failed over reaches every listener exactly once, with nobody joining again.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class ChannelDuringSiloKillTests(ITestOutputHelper output)
{
    private static readonly TimeSpan FailoverTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(2);

    private const int LinesPerRound = 5;

    [Fact]
    public async Task ChannelListeners_HearEveryLineExactlyOnce_AfterEachSiloIsKilledInTurn()
    {
        await using var cluster = await ClusterMud.StartAsync(silos: 3);
        var players = new List<(TelnetTestClient Client, string Name)>();
        for (var i = 0; i < 4; i++)
        {
            players.Add(await cluster.LogInAsync());
        }

        var speaker = players[0];
        var said = new List<string>();
        said.AddRange(await RoundAsync(players, speaker, "before"));

        var kill = 0;
        foreach (var victim in cluster.SiloNames.ToList())
        {
            kill++;
            var clock = Stopwatch.StartNew();
            ProcessReaper.Kill(cluster.Mud.Pids()[victim]);
            var probes = await UntilEveryoneHearsAsync(players, speaker, $"probe{kill}.");
            output.WriteLine($"kill {kill} ({victim}): every listener heard the channel again {clock.ElapsedMilliseconds} ms after SIGKILL, at probe {probes}");
            said.AddRange(await RoundAsync(players, speaker, $"after{kill}"));
            if (kill < cluster.Silos)
            {
                await cluster.Mud.RunLauncherAsync(["restart", victim]);
            }
        }

        foreach (var (client, name) in players)
        {
            await client.FenceAsync();
            var transcript = client.Transcript;
            // Probes are not held to "exactly once": the Portal runs a command cut short by a kill again (at least
            // once), so a probe said as the channel's silo died could be said twice. Show what came.
            output.WriteLine($"{name} heard the first probe after each kill {string.Join(", ", Enumerable.Range(1, kill).Select(k => Count(transcript, $"[Public] {speaker.Name}: probe{k}.1\n")))} time(s)");
            foreach (var line in said)
            {
                var heard = Count(transcript, $"[Public] {speaker.Name}: {line}\n");
                Assert.True(heard == 1, $"{name} should have heard '{line}' once, and heard it {heard} times.");
            }

            Assert.False(client.Closed, $"{name}'s socket was dropped");
        }
    }

    // The speaker says LinesPerRound lines, each waited for at the speaker; then every listener has them all.
    private static async Task<IReadOnlyList<string>> RoundAsync(List<(TelnetTestClient Client, string Name)> players, (TelnetTestClient Client, string Name) speaker, string round)
    {
        var lines = Enumerable.Range(1, LinesPerRound).Select(i => $"{round} line {i}").ToList();
        foreach (var line in lines)
        {
            await speaker.Client.SendLineAsync($"pub {line}");
            await speaker.Client.WaitForAsync($"[Public] {speaker.Name}: {line}", FailoverTimeout);
        }

        foreach (var (client, _) in players.Where(p => p.Name != speaker.Name))
        {
            await client.WaitForAsync($"[Public] {speaker.Name}: {lines[^1]}", FailoverTimeout);
        }

        return lines;
    }

    // Lines said while the cluster fails over wait for it (the channel comes back on another silo and its listeners
    // are told again), so the speaker says a fresh probe every few seconds until each listener has heard one.
    private static async Task<int> UntilEveryoneHearsAsync(List<(TelnetTestClient Client, string Name)> players, (TelnetTestClient Client, string Name) speaker, string probe)
    {
        var deaf = players.ToList();
        var deadline = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            await speaker.Client.SendLineAsync($"pub {probe}{attempt}");
            var heard = await Task.WhenAll(deaf.Select(async p =>
            {
                try
                {
                    await p.Client.WaitForAsync($"[Public] {speaker.Name}: {probe}", ProbeInterval);
                    return true;
                }
                catch (TimeoutException)
                {
                    return false;
                }
            }));
            deaf = [.. deaf.Where((_, i) => !heard[i])];
            if (deaf.Count == 0)
            {
                return attempt;
            }

            if (deadline.Elapsed > FailoverTimeout)
            {
                throw new TimeoutException($"{string.Join(", ", deaf.Select(p => p.Name))} heard none of {attempt} probes on the channel in {FailoverTimeout.TotalSeconds:0} s.");
            }
        }
    }

    private static int Count(string text, string fragment)
    {
        var count = 0;
        for (var at = text.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fragment, at + fragment.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
