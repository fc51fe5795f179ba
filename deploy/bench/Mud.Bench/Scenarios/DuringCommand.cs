using System.Diagnostics;
using Mud.Bench.Statistics;

namespace Mud.Bench.Scenarios;

/// <summary>What the command run during the workload did, and when (seconds of the run).</summary>
public sealed record DuringResult(string Command, double StartedAt, double EndedAt, int ExitCode, string OutputTail);

/// <summary>Runs a shell command (such as <c>./mud reload</c>) at a set moment of the workload.</summary>
public static class DuringCommand
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<DuringResult> RunAsync(string command, double at, RunClock clock, CancellationToken cancellation)
    {
        var wait = at - clock.Now;
        if (wait > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(wait), cancellation);
        }

        var started = clock.Now;
        var start = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start: {command}");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = (await output + await errors).Trim();
        var tail = string.Join('\n', text.Split('\n').TakeLast(10));
        return new DuringResult(command, Math.Round(started, 3), Math.Round(clock.Now, 3), process.ExitCode, tail);
    }
}
