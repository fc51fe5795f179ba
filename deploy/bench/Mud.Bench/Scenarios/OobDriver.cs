using System.Diagnostics;
using System.Text;
using Mud.Bench.Options;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>
/// Every client subscribes to its vitals, even clients over MSDP (<c>REPORT MANA HEALTH</c>) and odd ones over
/// GMCP (<c>Char</c>). At the configured rate it casts <c>heal</c>, which spends mana at once, and the time runs
/// until an update shows the mana fall: command in, change, and the update on the wire. Regeneration raises
/// mana again between casts, so the subscribed values change all the time.
/// </summary>
public sealed class OobDriver(BenchOptions options, RunRecorder recorder) : ScenarioDriver(options, recorder)
{
    private static readonly byte[] NoMana = Encoding.UTF8.GetBytes("mana to cast heal");
    private readonly Dictionary<int, Watch> _watches = [];

    public override bool Accepts(BenchClient client, byte option) =>
        base.Accepts(client, option) || option == (client.Index % 2 == 0 ? TelnetBytes.Msdp : TelnetBytes.Gmcp);

    public override void Prepare(IReadOnlyList<BenchClient> clients)
    {
        foreach (var client in clients)
        {
            _watches[client.Index] = new Watch();
        }
    }

    public override async Task DriveAsync(BenchClient client, double until, CancellationToken cancellation)
    {
        var watch = _watches[client.Index];
        var first = watch.Arm();
        await client.SendAsync(OobVitals.Subscription(client.Index % 2 == 0 ? TelnetBytes.Msdp : TelnetBytes.Gmcp));
        try
        {
            await first.WaitAsync(ReplyTimeout, cancellation);
        }
        catch (TimeoutException)
        {
            Recorder.Error("no vitals", $"{client.Name}: no OOB vitals {Options.ReplyTimeout}s after subscribing");
            return;
        }

        await PaceAsync(client, until, cancellation, async _ =>
        {
            var changed = watch.Arm();
            var sent = Stopwatch.GetTimestamp();
            await client.SendLineAsync("cast heal");
            try
            {
                Recorder.Reply(sent, await changed.WaitAsync(ReplyTimeout, cancellation));
            }
            catch (TimeoutException)
            {
                Recorder.Error("timeout", $"{client.Name}: no mana update {Options.ReplyTimeout}s after cast heal");
            }
            catch (ReplyFailedException e)
            {
                Recorder.Error("failed", $"{client.Name}: {e.Message}");
            }

            return client.Connected;
        });
    }

    public override void Line(BenchClient client, ReadOnlySpan<byte> line, long timestamp)
    {
        base.Line(client, line, timestamp);
        if (line.IndexOf(NoMana) >= 0 && _watches.TryGetValue(client.Index, out var watch))
        {
            watch.Fail(Encoding.UTF8.GetString(line));
        }
    }

    public override void Subnegotiation(BenchClient client, byte option, ReadOnlySpan<byte> payload, long timestamp)
    {
        if (OobVitals.ManaOf(option, payload) is { } mana && _watches.TryGetValue(client.Index, out var watch))
        {
            watch.Saw(mana, timestamp);
        }
    }

    /// <summary>One client's last known mana and the change it waits for (the first value, then a fall).</summary>
    private sealed class Watch
    {
        private readonly Lock _gate = new();
        private int _mana = -1;
        private TaskCompletionSource<long>? _waiting;

        public Task<long> Arm()
        {
            var waiting = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _waiting = waiting;
            }

            return waiting.Task;
        }

        public void Saw(int mana, long timestamp)
        {
            TaskCompletionSource<long>? done = null;
            lock (_gate)
            {
                if (_waiting is not null && (_mana < 0 || mana < _mana))
                {
                    done = _waiting;
                    _waiting = null;
                }

                _mana = mana;
            }

            done?.TrySetResult(timestamp);
        }

        public void Fail(string why)
        {
            TaskCompletionSource<long>? done;
            lock (_gate)
            {
                done = _waiting;
                _waiting = null;
            }

            done?.TrySetException(new ReplyFailedException(why));
        }
    }
}
