using System.Diagnostics;
using System.Globalization;
using System.Text;
using Mud.Bench.Options;
using Mud.Bench.Telnet;

namespace Mud.Bench.Scenarios;

/// <summary>
/// Every client listens on the Public channel (every new account is on it); the first <c>--speakers</c> of them
/// talk on it (<c>pub &lt;token&gt;</c>) at the configured rate. The main figure is each delivery, from the send to
/// the moment one other listener has read the line, so a message to N listeners gives N − 1 samples; the
/// speaker's own copy is its round trip. Copies read twice are duplicates; lines still unread a reply timeout
/// after the last send are missing deliveries (<see cref="Incomplete"/>).
/// </summary>
public sealed class ChannelDriver(BenchOptions options, RunRecorder recorder) : ScenarioDriver(options, recorder)
{
    private static readonly byte[] Mark = Encoding.ASCII.GetBytes("chan");
    private readonly HashSet<int> _speakers = [];
    private DeliveryLedger _ledger = new(0);

    public override int Incomplete => _ledger.Missing;

    public override int Duplicates => _ledger.Duplicates;

    public override void Prepare(IReadOnlyList<BenchClient> clients)
    {
        _ledger = new DeliveryLedger(clients.Count);
        _speakers.UnionWith(clients.Take(Options.Speakers).Select(c => c.Index));
    }

    public override async Task DriveAsync(BenchClient client, double until, CancellationToken cancellation)
    {
        if (!_speakers.Contains(client.Index))
        {
            return;
        }

        await PaceAsync(client, until, cancellation, seq =>
        {
            var token = Token(client.Index, seq);
            _ledger.Send(token, Stopwatch.GetTimestamp());
            return TimedAsync(client, $"pub {token}", token, main: false);
        });

        // The run ends once the speakers are done: give the last lines time to reach everyone.
        await _ledger.AllReadAsync(ReplyTimeout, cancellation);
    }

    public override void Line(BenchClient client, ReadOnlySpan<byte> line, long timestamp)
    {
        base.Line(client, line, timestamp);
        if (TryParse(line, out var speaker, out var seq) && _ledger.Read(client.Index, Token(speaker, seq)) is { } sent && speaker != client.Index)
        {
            Recorder.Reply(sent, timestamp);
        }
    }

    /// <summary>A token no other line contains: <c>chan&lt;client&gt;m&lt;seq&gt;e</c>.</summary>
    public static string Token(int client, int seq) => string.Create(CultureInfo.InvariantCulture, $"chan{client}m{seq}e");

    /// <summary>Finds a token anywhere in a line (colour codes and the channel's name around it).</summary>
    public static bool TryParse(ReadOnlySpan<byte> line, out int client, out int seq)
    {
        client = seq = 0;
        var at = line.IndexOf(Mark);
        while (at >= 0)
        {
            var rest = line[(at + Mark.Length)..];
            if (Digits(rest, out client, out var used) && used < rest.Length && rest[used] == (byte)'m'
                && Digits(rest[(used + 1)..], out seq, out var more) && used + 1 + more < rest.Length && rest[used + 1 + more] == (byte)'e')
            {
                return true;
            }

            var next = rest.IndexOf(Mark);
            at = next < 0 ? -1 : at + Mark.Length + next;
        }

        return false;
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value, out int used)
    {
        value = 0;
        used = 0;
        while (used < text.Length && used < 9 && text[used] is >= (byte)'0' and <= (byte)'9')
        {
            value = (value * 10) + (text[used] - '0');
            used++;
        }

        return used > 0;
    }
}
