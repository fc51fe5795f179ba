using Mud.Bench.Options;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>Logged in and silent: what an idle session costs the servers.</summary>
public sealed class IdleDriver(BenchOptions options, RunRecorder recorder) : ScenarioDriver(options, recorder)
{
    public override async Task DriveAsync(BenchClient client, double until, CancellationToken cancellation)
    {
        var left = until - Recorder.Now;
        if (left > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(left), cancellation).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
