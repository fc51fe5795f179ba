using Mud.Bench.Options;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>
/// <c>look</c>, timed until the description's last line has arrived: the room's exits come after its items and
/// the people in it, so the time covers the whole room, rendered and on the wire.
/// </summary>
public sealed class LookDriver(BenchOptions options, RunRecorder recorder) : ScenarioDriver(options, recorder)
{
    /// <summary>What begins the last line of a room's description in Mud (a bench world room always has exits).</summary>
    public const string ExitsMark = "Exits:";

    // One look a client at a time: each waits for its own room before the next is sent, so no late reply can be
    // taken for the next look's.
    public override Task DriveAsync(BenchClient client, double until, CancellationToken cancellation) =>
        PaceAsync(client, until, cancellation, _ => TimedAsync(client, "look", ExitsMark));
}
