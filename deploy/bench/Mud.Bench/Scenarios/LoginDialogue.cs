using System.Diagnostics;
using System.Globalization;
using Mud.Bench.Options;
using Mud.Bench.Statistics;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>
/// Connects one client and logs it in, creating the account first when it does not exist: <c>create</c>
/// (refused harmlessly for a taken name, and never counted as a failed login), <c>connect</c>, then a
/// <c>think</c> whose token proves the session is in the game. The same three lines work on TinyMUX,
/// where a successful <c>create</c> connects at once and the later <c>connect</c> is just an unknown command.
/// </summary>
public static class LoginDialogue
{
    /// <summary>What the Mud or TinyMUX answers to a login that failed.</summary>
    public static readonly string[] Failures =
    [
        "Wrong name or password", "Too many failed logins", "The game is full", "Either that player does not exist",
    ];

    public static async Task<BenchClient> LoginAsync(BenchOptions options, int index, ScenarioDriver driver, RunRecorder recorder, CancellationToken cancellation)
    {
        var timeout = TimeSpan.FromSeconds(options.ReplyTimeout);
        var name = AccountNames.For(options.AccountPrefix, index);
        var started = Stopwatch.GetTimestamp();
        var (client, banner) = await BenchClient.ConnectAsync(options.Host, options.Port, index, name, driver, "connect", cancellation);
        try
        {
            await banner.WaitAsync(timeout, cancellation);
            var ready = string.Create(CultureInfo.InvariantCulture, $"ready{index}r");
            var inGame = client.Expect(ready, Failures);
            await client.SendLineAsync($"create {name} {options.Password}\r\nconnect {name} {options.Password}\r\nthink {ready}");
            await inGame.WaitAsync(timeout, cancellation);
            recorder.Login(RunClock.Milliseconds(started, Stopwatch.GetTimestamp()));

            if (options.Spread > 0)
            {
                var home = string.Create(CultureInfo.InvariantCulture, $"home{index}h");
                var arrived = client.Expect(home);
                await client.SendLineAsync($"go hub\r\ngo r{index % options.Spread}\r\nthink {home}");
                await arrived.WaitAsync(timeout, cancellation);
            }

            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }
}
