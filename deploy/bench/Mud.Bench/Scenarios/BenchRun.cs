using System.Diagnostics;
using Mud.Bench.Monitoring;
using Mud.Bench.Options;
using Mud.Bench.Reporting;
using Mud.Bench.Statistics;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>
/// One bounded run: log every client in over the ramp-up, run the workload for the duration, run the
/// optional command meanwhile, close everything, and report. Never runs longer than ramp + duration +
/// two reply timeouts (plus the idle settle time).
/// </summary>
public sealed class BenchRun(BenchOptions options, IReadOnlyList<string> commandLine)
{
    public async Task<BenchReport> RunAsync(CancellationToken cancellation)
    {
        var clock = new RunClock();
        var recorder = new RunRecorder(clock);
        var sampler = new ProcessSampler(options.RunDirectory, options.Pids, clock);
        var before = sampler.SampleNow(withProportionalSet: true);
        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var sampling = sampler.RunAsync(stopSampling.Token);
        var loadAverage = LoadAverage();
        var driver = ScenarioDriver.For(options, recorder);

        var clients = await LoginAllAsync(driver, recorder, cancellation);
        var loginEnd = clock.Now;
        if (options.Admin is { } admin)
        {
            // After the logins are timed: the grants are the run's preparation, not part of logging in.
            await BuilderGrant.GrantAsync(options, admin, [.. clients.Select(c => c.Name)], recorder, cancellation);
        }

        if (options.Scenario == Scenario.Idle && options.Settle > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(options.Settle), cancellation).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        var loggedIn = sampler.SampleNow();
        var loadStart = clock.Now;
        var loadEnd = loadStart + options.Duration;
        var during = options.During is { } command ? DuringCommand.RunAsync(command, loadStart + options.DuringAt, clock, cancellation) : null;
        driver.Prepare(clients);
        await Task.WhenAll(clients.Select(c => Task.Run(() => driver.DriveAsync(c, loadEnd, cancellation), CancellationToken.None)));
        var drained = clock.Now;
        var afterLoad = sampler.SampleNow();
        var duringResult = during is null ? null : await during;

        var connectedAtEnd = clients.Count(c => c.Connected);
        await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        var traffic = new ClientTraffic(clients.Count, clients.Count(c => c.Compressed), clients.Sum(c => c.WireBytes), clients.Sum(c => c.TextBytes));
        var end = clock.Now;
        await stopSampling.CancelAsync();
        await sampling;

        return BenchReport.Build(new RunFacts(
            options, commandLine, loadAverage, recorder, sampler, driver.Incomplete, driver.Duplicates, clients.Count, connectedAtEnd,
            before, loggedIn, afterLoad, loginEnd, loadStart, loadEnd, drained, end, duringResult, traffic));
    }

    private async Task<List<BenchClient>> LoginAllAsync(ScenarioDriver driver, RunRecorder recorder, CancellationToken cancellation)
    {
        using var gate = new SemaphoreSlim(options.LoginConcurrency);
        var slots = new BenchClient?[options.Clients];
        var spacing = options.Clients > 1 ? options.RampUp / options.Clients : 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(i => Task.Run(async () =>
        {
            var due = TimeSpan.FromSeconds(i * spacing) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellation);
            }

            await gate.WaitAsync(cancellation);
            try
            {
                slots[i] = await LoginDialogue.LoginAsync(options, i, driver, recorder, cancellation);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
            {
                recorder.Error("login", $"{AccountNames.For(options.AccountPrefix, i)}: {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                gate.Release();
            }
        }, CancellationToken.None)));
        return [.. slots.OfType<BenchClient>()];
    }

    private static double[] LoadAverage()
    {
        try
        {
            return [.. File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))];
        }
        catch (IOException)
        {
            return [];
        }
    }
}
