using System.Buffers;
using System.Diagnostics;
using Mud.Oob;
using Mud.Portal.Hosting;
using Mud.Portal.Oob.Gmcp;
using Mud.Portal.Oob.Json;
using Mud.Portal.Oob.Msdp;
using Mud.Portal.Telnet;
using Mud.Portal.Telnet.Server;

namespace Mud.Fuzz;

/// <summary>How much to fuzz, from which seed, and what memory is allowed.</summary>
public sealed record FuzzSettings
{
    public int Inputs { get; init; } = 1_000_000;

    public int Seed { get; init; } = 1;

    /// <summary>Inputs worth keeping (<c>*.telnet</c>, <c>*.msdp</c>, <c>*.gmcp</c>, <c>*.json</c>), replayed before the random ones.</summary>
    public string? CorpusDirectory { get; init; }

    /// <summary>Where an input that broke something is written, to be replayed and kept in the corpus once fixed.</summary>
    public string? CrashDirectory { get; init; }

    /// <summary>The managed heap may never pass this (sampled), nor stay above it after a full collection at the end.</summary>
    public long MaxHeapBytes { get; init; } = 256L * 1024 * 1024;
}

/// <summary>One input that broke a property: an exception escaped, a round trip failed, or memory was kept.</summary>
public sealed record FuzzFailure(string Kind, int SessionSeed, long Input, string Problem);

public sealed record FuzzReport(
    long Inputs,
    long Bytes,
    long Lines,
    long OobMessages,
    TimeSpan Elapsed,
    long PeakHeapBytes,
    long HeapAfterBytes,
    IReadOnlyList<FuzzFailure> Failures)
{
    public override string ToString() =>
        $"{Inputs:N0} inputs, {Bytes:N0} bytes in {Elapsed.TotalSeconds:F1} s ({Inputs / Math.Max(Elapsed.TotalSeconds, 0.001):N0} inputs/s); " +
        $"{Lines:N0} lines and {OobMessages:N0} out-of-band messages decoded; peak heap {PeakHeapBytes / 1048576.0:F1} MiB, " +
        $"{HeapAfterBytes / 1048576.0:F1} MiB after a full collection; {Failures.Count} failures";
}

/// <summary>
/// Feeds structured-random inputs (<see cref="FuzzInputs"/>) to the Portal's decoders as a connection does, and checks
/// three properties: no exception escapes, whatever a codec decodes it can encode and decode again, and memory stays
/// bounded (each connection's output buffers shrink back after a burst, the heap stays under a cap). A session is
/// one codec living for up to 64 inputs, so state carried between reads is fuzzed too; its seed makes it replayable.
/// </summary>
public static class FuzzRun
{
    private const int MaxFailures = 20;
    private const int SessionInputs = 64;
    private const int HeapSampleEvery = 1024;

    public static FuzzReport Run(FuzzSettings settings)
    {
        var run = new Runner(settings);
        run.ReplayCorpus();
        run.RunRandom();
        return run.Report();
    }

    private sealed class Runner(FuzzSettings settings)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<FuzzFailure> _failures = [];
        private readonly ArrayBufferWriter<byte> _scratch = new(256);
        private long _inputs;
        private long _bytes;
        private long _lines;
        private long _oob;
        private long _peakHeap;

        public void ReplayCorpus()
        {
            if (settings.CorpusDirectory is not { } folder || !Directory.Exists(folder))
            {
                return;
            }

            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var bytes = File.ReadAllBytes(file);
                var kind = Path.GetExtension(file).TrimStart('.');
                for (var split = 0; split < 8; split++)
                {
                    // Each file whole, byte by byte and at random points, with a fresh codec each time.
                    var random = new Random(split);
                    var session = new Session(new FuzzInputs(random), _scratch);
                    Check(kind, split, () => session.Feed(kind, bytes, split switch { 0 => [new(bytes)], 1 => OneByOne(bytes), _ => session.Inputs.Reads(bytes) }));
                    Check("memory", split, session.Finish);
                    Count(bytes.Length);
                    Tally(session);
                }
            }
        }

        public void RunRandom()
        {
            for (var number = 0; _inputs < settings.Inputs && _failures.Count < MaxFailures; number++)
            {
                var sessionSeed = SessionSeed(settings.Seed, number);
                var inputs = new FuzzInputs(new Random(sessionSeed));
                var session = new Session(inputs, _scratch);
                var count = Math.Min(inputs.Random.Next(1, SessionInputs + 1), settings.Inputs - _inputs);
                for (var i = 0; i < count; i++)
                {
                    var (kind, bytes) = inputs.Random.Next(10) switch
                    {
                        < 7 => ("telnet", inputs.TelnetStream()),
                        7 => ("msdp", inputs.MsdpPayload()),
                        8 => ("gmcp", inputs.GmcpPayload()),
                        _ => ("json", inputs.JsonMessage()),
                    };
                    if (!Check(kind, sessionSeed, () => session.Feed(kind, bytes, inputs.Reads(bytes)), bytes))
                    {
                        break;
                    }

                    Count(bytes.Length);
                }

                Check("memory", sessionSeed, session.Finish);
                Tally(session);
            }
        }

        public FuzzReport Report()
        {
            var after = GC.GetTotalMemory(forceFullCollection: true);
            if (after > settings.MaxHeapBytes)
            {
                _failures.Add(new FuzzFailure("memory", settings.Seed, _inputs, $"{after:N0} bytes of heap stayed after a full collection"));
            }

            return new FuzzReport(_inputs, _bytes, _lines, _oob, _clock.Elapsed, _peakHeap, after, _failures);
        }

        private static int SessionSeed(int seed, int number) => (int)(((uint)seed * 2654435761u) ^ ((uint)number * 40503u)) & int.MaxValue;

        private static IEnumerable<ArraySegment<byte>> OneByOne(byte[] bytes)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                yield return new ArraySegment<byte>(bytes, i, 1);
            }
        }

        private void Tally(Session session)
        {
            _lines += session.Sink.Lines;
            _oob += session.Sink.OobMessages;
        }

        private void Count(int bytes)
        {
            _inputs++;
            _bytes += bytes;
            if (_inputs % HeapSampleEvery == 0)
            {
                var heap = GC.GetTotalMemory(forceFullCollection: false);
                _peakHeap = Math.Max(_peakHeap, heap);
                if (heap > settings.MaxHeapBytes)
                {
                    // A full collection tells garbage from memory something holds on to.
                    heap = GC.GetTotalMemory(forceFullCollection: true);
                    if (heap > settings.MaxHeapBytes)
                    {
                        _failures.Add(new FuzzFailure("memory", settings.Seed, _inputs, $"{heap:N0} bytes of heap in use"));
                    }
                }
            }
        }

        private bool Check(string kind, int sessionSeed, Action action, byte[]? input = null)
        {
            try
            {
                action();
                return true;
            }
            catch (Exception e)
            {
                _failures.Add(new FuzzFailure(kind, sessionSeed, _inputs, e.ToString()));
                if (settings.CrashDirectory is { } folder && input is not null)
                {
                    Directory.CreateDirectory(folder);
                    File.WriteAllBytes(Path.Combine(folder, $"crash-{sessionSeed}-{_inputs}.{kind}"), input);
                }

                return false;
            }
        }
    }

    /// <summary>One connection's decoders: a codec with the Portal's policy and limits, its output buffer, and its event sink.</summary>
    private sealed class Session
    {
        private readonly TelnetOutputBuffer _output = new(compressionLevel: 6);
        private readonly TelnetCodec _codec;
        private readonly ArrayBufferWriter<byte> _scratch;

        public Session(FuzzInputs inputs, ArrayBufferWriter<byte> scratch)
        {
            Inputs = inputs;
            _scratch = scratch;
            Sink = new FuzzSink { Output = _output };
            _codec = new TelnetCodec(Sink, _output, PortalTelnetPolicy.For(new TelnetOptions()), new TelnetLimits { MaxLineBytes = 4096, MaxSubnegotiationBytes = 8192 });
            Sink.Codec = _codec;
            _codec.Start();
        }

        public FuzzInputs Inputs { get; }

        public FuzzSink Sink { get; }

        public void Feed(string kind, byte[] bytes, IEnumerable<ArraySegment<byte>> reads)
        {
            switch (kind)
            {
                case "msdp":
                    RoundTrip(bytes, DecodeMsdp, MsdpCodec.Encode);
                    break;
                case "gmcp":
                    RoundTrip(bytes, DecodeGmcp, GmcpCodec.Encode);
                    break;
                case "json":
                    RoundTrip(bytes, DecodeJson, JsonOobCodec.Encode);
                    break;
                default:
                    foreach (var read in reads)
                    {
                        _codec.Receive(read);
                    }

                    break;
            }

            ArrayPool<byte>.Shared.Return(_output.Drain(out _));
        }

        /// <summary>Ends the connection: its output buffer must have let go of any burst it held.</summary>
        public void Finish()
        {
            ArrayPool<byte>.Shared.Return(_output.Drain(out _));
            var retained = _output.RetainedBytes;
            _codec.Dispose();
            _output.Dispose();
            if (retained > TelnetOutputBuffer.RetainedBytesAfterBurst)
            {
                throw new InvalidOperationException($"The output buffer kept {retained:N0} bytes after draining.");
            }
        }

        private static IReadOnlyList<OobMessage>? DecodeMsdp(byte[] payload) =>
            MsdpCodec.TryDecode(payload, out var messages, out _) ? messages : null;

        private static IReadOnlyList<OobMessage>? DecodeGmcp(byte[] payload) =>
            GmcpCodec.TryDecode(payload, out var message, out _) ? new[] { message! } : null;

        private static IReadOnlyList<OobMessage>? DecodeJson(byte[] payload) =>
            JsonOobCodec.TryDecode(payload, out var message, out _) ? new[] { message! } : null;

        private void RoundTrip(byte[] payload, Func<byte[], IReadOnlyList<OobMessage>?> decode, Action<OobMessage, IBufferWriter<byte>> encode)
        {
            if (decode(payload) is not { } messages)
            {
                return;
            }

            foreach (var message in messages)
            {
                _scratch.ResetWrittenCount();
                encode(message, _scratch);
                var again = _scratch.WrittenSpan.ToArray();
                if (decode(again) is null)
                {
                    throw new InvalidOperationException($"'{message.Name}' decoded, but its own encoding did not decode again.");
                }
            }
        }
    }
}
