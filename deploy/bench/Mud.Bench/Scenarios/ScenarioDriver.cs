using System.Diagnostics;
using System.Text;
using Mud.Bench.Options;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>
/// What every client does in the workload phase, and what it listens for. One driver serves all clients
/// of a run; <see cref="DriveAsync"/> runs once per client.
/// </summary>
public abstract class ScenarioDriver(BenchOptions options, RunRecorder recorder) : BenchClient.IClientObserver
{
    private static readonly byte[] Created = Encoding.UTF8.GetBytes("created. Now log in");

    // The pebbles of a `world --items` world; a get that loses the race to another client still gets its answer.
    // `pub` is the Public channel on both servers (every new account is on it; TinyMUX once its Wizard has made it).
    // Then a builder's turn: the Mud asks to confirm a destroy, and TinyMUX's plain @destroy only marks it for later.
    private static readonly string[] MixedRound = ["look", "get pebble", "drop pebble", "say the pebbles are warm", "pub the pebbles are warm", "@create widget"];

    protected BenchOptions Options => options;

    protected RunRecorder Recorder => recorder;

    protected TimeSpan ReplyTimeout => TimeSpan.FromSeconds(options.ReplyTimeout);

    public static ScenarioDriver For(BenchOptions options, RunRecorder recorder) => options.Scenario switch
    {
        Scenario.Idle => new IdleDriver(options, recorder),
        Scenario.Think => new CommandDriver(options, recorder, _ => null),
        Scenario.Walk => new CommandDriver(options, recorder, seq => options.WalkDirections[seq % 2]),
        Scenario.Look => new LookDriver(options, recorder),
        Scenario.Mixed => MixedDriver(options, recorder),
        Scenario.Say => new SayDriver(options, recorder),
        Scenario.Oob => new OobDriver(options, recorder),
        Scenario.Channel => new ChannelDriver(options, recorder),
        _ => throw new ArgumentOutOfRangeException(nameof(options)),
    };

    private static CommandDriver MixedDriver(BenchOptions options, RunRecorder recorder)
    {
        string[] round = [.. MixedRound, options.Target == Target.Mud ? "@destroy widget\r\nyes" : "@destroy/instant widget"];
        return new CommandDriver(options, recorder, seq => round[seq % round.Length]);
    }

    /// <summary>Called once every client is logged in, before any <see cref="DriveAsync"/>.</summary>
    public virtual void Prepare(IReadOnlyList<BenchClient> clients)
    {
    }

    /// <summary>Runs one client's workload until <paramref name="until"/> (seconds of the run).</summary>
    public abstract Task DriveAsync(BenchClient client, double until, CancellationToken cancellation);

    /// <summary>Work the scenario could not finish by the end (say lines not heard by everyone).</summary>
    public virtual int Incomplete => 0;

    /// <summary>Lines a client read more than once (a channel line delivered twice).</summary>
    public virtual int Duplicates => 0;

    public virtual void Line(BenchClient client, ReadOnlySpan<byte> line, long timestamp)
    {
        if (line.IndexOf(Created) >= 0)
        {
            recorder.AccountCreated();
        }
    }

    public virtual void Subnegotiation(BenchClient client, byte option, ReadOnlySpan<byte> payload, long timestamp)
    {
    }

    /// <summary>Offers the client agrees to: MCCP2 with <c>--mccp</c>; a scenario adds the options it needs.</summary>
    public virtual bool Accepts(BenchClient client, byte option) => option == TelnetBytes.Mccp2 && options.Mccp;

    public void ServerError(BenchClient client, string line) => recorder.Error("server notice", $"{client.Name}: {line}");

    public void Disconnected(BenchClient client) => recorder.Disconnect(client.Name);

    /// <summary>
    /// Sends a line, waits for the reply that carries <paramref name="token"/>, and records the round trip.
    /// A timeout or failure counts as an error, and the client carries on.
    /// </summary>
    protected async Task<bool> TimedAsync(BenchClient client, string line, string token, bool main = true)
    {
        var reply = client.Expect(token);
        var sent = Stopwatch.GetTimestamp();
        try
        {
            await client.SendLineAsync(line);
            var arrived = await reply.WaitAsync(ReplyTimeout);
            if (main)
            {
                recorder.Reply(sent, arrived);
            }
            else
            {
                recorder.Echo(sent, arrived);
            }

            return true;
        }
        catch (TimeoutException)
        {
            recorder.Error("timeout", $"{client.Name}: no reply to '{line}' in {options.ReplyTimeout}s");
        }
        catch (Exception e) when (e is ReplyFailedException or System.Net.Sockets.SocketException or ObjectDisposedException)
        {
            recorder.Error("failed", $"{client.Name}: {e.Message}");
        }

        return false;
    }

    /// <summary>Paces one client: the first command at a random point of the first interval, then one per interval.</summary>
    protected async Task PaceAsync(BenchClient client, double until, CancellationToken cancellation, Func<int, Task<bool>> command)
    {
        var interval = options.Rate > 0 ? 1 / options.Rate : 0;
        var next = Recorder.Now + (interval > 0 ? Random.Shared.NextDouble() * interval : 0);
        for (var seq = 0; !cancellation.IsCancellationRequested && client.Connected; seq++)
        {
            var wait = next - Recorder.Now;
            if (next >= until)
            {
                return;
            }

            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait), cancellation).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            if (cancellation.IsCancellationRequested || !await command(seq))
            {
                return;
            }

            // One command outstanding: when a reply is late, the next goes at once rather than in a burst.
            next = interval > 0 ? Math.Max(next + interval, Recorder.Now) : Recorder.Now;
        }
    }
}
