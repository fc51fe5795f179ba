using System.Globalization;
using Mud.Bench.Options;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>
/// <c>think &lt;token&gt;</c> at the configured rate, timed by the round trip of the token. Walking, each
/// command is a move in alternating directions followed by the timed <c>think</c>: commands of one session
/// run in order, so the token comes back once the move is done.
/// </summary>
public sealed class CommandDriver(BenchOptions options, RunRecorder recorder, bool walking) : ScenarioDriver(options, recorder)
{
    public override Task DriveAsync(BenchClient client, double until, CancellationToken cancellation) =>
        PaceAsync(client, until, cancellation, seq =>
        {
            var token = Token(client.Index, seq);
            var line = walking ? $"{Options.WalkDirections[seq % 2]}\r\nthink {token}" : $"think {token}";
            return TimedAsync(client, line, token);
        });

    /// <summary>A token no other reply contains: the client, the sequence number, and an end mark.</summary>
    public static string Token(int client, int seq) =>
        string.Create(CultureInfo.InvariantCulture, $"t{client}n{seq}e");
}
