using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Mud.Bench.Options;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>
/// Everyone in one room says a token at the configured rate. The main figure is the time from sending the
/// say to the moment the last other client has it; the speaker's own echo is recorded as the round trip.
/// </summary>
public sealed class SayDriver(BenchOptions options, RunRecorder recorder) : ScenarioDriver(options, recorder)
{
    private static readonly byte[] Says = Encoding.UTF8.GetBytes("says, \"");
    private readonly ConcurrentDictionary<string, Hearing> _pending = new(StringComparer.Ordinal);
    private int _listeners;

    public override int Incomplete => _pending.Count;

    public override void Prepare(IReadOnlyList<BenchClient> clients) => _listeners = clients.Count - 1;

    public override Task DriveAsync(BenchClient client, double until, CancellationToken cancellation) =>
        PaceAsync(client, until, cancellation, seq =>
        {
            var token = Token(client.Index, seq);
            if (_listeners > 0)
            {
                _pending[token] = new Hearing(Stopwatch.GetTimestamp(), _listeners);
            }

            return TimedAsync(client, $"say {token}", token, main: false);
        });

    public override void Line(BenchClient client, ReadOnlySpan<byte> line, long timestamp)
    {
        base.Line(client, line, timestamp);
        var at = line.IndexOf(Says);
        if (at < 0)
        {
            return;
        }

        var rest = line[(at + Says.Length)..];
        var end = rest.IndexOf((byte)'"');
        if (end <= 0)
        {
            return;
        }

        var token = Encoding.UTF8.GetString(rest[..end]);
        if (_pending.TryGetValue(token, out var hearing) && hearing.Heard() && _pending.TryRemove(token, out _))
        {
            Recorder.Reply(hearing.Sent, timestamp);
        }
    }

    public static string Token(int client, int seq) => string.Create(CultureInfo.InvariantCulture, $"s{client}n{seq}e");

    private sealed class Hearing(long sent, int listeners)
    {
        private int _left = listeners;

        public long Sent => sent;

        /// <summary>True for the last listener.</summary>
        public bool Heard() => Interlocked.Decrement(ref _left) == 0;
    }
}
