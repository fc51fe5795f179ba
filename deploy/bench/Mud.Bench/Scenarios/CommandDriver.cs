using System.Globalization;
using Mud.Bench.Options;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>
/// <c>think &lt;token&gt;</c> at the configured rate, timed by the round trip of the token. With a prelude, each
/// command is the prelude (a move in alternating directions, a <c>look</c>) followed by the timed <c>think</c>:
/// commands of one session run in order, so the token comes back once the prelude is done.
/// </summary>
public sealed class CommandDriver(BenchOptions options, RunRecorder recorder, Func<int, string?> prelude) : ScenarioDriver(options, recorder)
{
    public override Task DriveAsync(BenchClient client, double until, CancellationToken cancellation) =>
        PaceAsync(client, until, cancellation, seq =>
        {
            var token = Token(client.Index, seq);
            var line = prelude(seq) is { } first ? $"{first}\r\nthink {token}" : $"think {token}";
            return TimedAsync(client, line, token);
        });

    /// <summary>A token no other reply contains: the client, the sequence number, and an end mark.</summary>
    public static string Token(int client, int seq) =>
        string.Create(CultureInfo.InvariantCulture, $"t{client}n{seq}e");
}
