using System.Buffers;
using Mud.Portal.Telnet;

namespace Mud.Tests.Portal.Telnet;

/// <summary>A codec wired to a recording event sink and an in-memory output buffer.</summary>
internal sealed class TelnetHarness
{
    private readonly ArrayBufferWriter<byte> _output = new();

    public TelnetHarness(TelnetPolicy? policy = null, TelnetLimits? limits = null)
    {
        Codec = new TelnetCodec(Events, _output, policy, limits);
    }

    public RecordingTelnetEvents Events { get; } = new();

    public TelnetCodec Codec { get; }

    /// <summary>Where the codec writes; game output rendered for the test goes here too.</summary>
    public IBufferWriter<byte> Output => _output;

    public TelnetHarness Receive(params byte[] bytes)
    {
        Codec.Receive(bytes);
        return this;
    }

    public TelnetHarness ReceiveText(string text) => Receive(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Feeds <paramref name="bytes"/> in pieces of the given sizes (the last piece takes the rest).</summary>
    public TelnetHarness ReceiveInChunks(byte[] bytes, IEnumerable<int> sizes)
    {
        int offset = 0;
        foreach (int size in sizes)
        {
            if (offset >= bytes.Length)
            {
                break;
            }

            int length = Math.Min(size, bytes.Length - offset);
            Codec.Receive(bytes.AsSpan(offset, length));
            offset += length;
        }

        Codec.Receive(bytes.AsSpan(offset));
        return this;
    }

    /// <summary>
    /// Feeds <paramref name="stream"/> to fresh harnesses whole, split in two at every position, and a byte at a
    /// time, and asserts each run gives the same replies, events and <paramref name="state"/>. Returns the
    /// harness fed the whole stream, for the test's own assertions.
    /// </summary>
    public static TelnetHarness AssertSameAtEverySplit(byte[] stream, Func<TelnetHarness> create, Func<TelnetHarness, string>? state = null)
    {
        state ??= _ => "";
        var whole = create().Receive(stream);
        byte[] expectedOutput = whole.TakeOutput();
        string expectedState = state(whole);
        var runs = Enumerable.Range(1, stream.Length - 1).Select(split => ($"split at byte {split}", (IEnumerable<int>)[split]))
            .Append(("one byte at a time", Enumerable.Repeat(1, stream.Length)));
        foreach (var (name, sizes) in runs)
        {
            var harness = create().ReceiveInChunks(stream, sizes);
            Assert.True(whole.Events.Log.SequenceEqual(harness.Events.Log), $"{name} changed the events");
            Assert.True(expectedOutput.AsSpan().SequenceEqual(harness.TakeOutput()), $"{name} changed the replies");
            Assert.True(expectedState == state(harness), $"{name} changed the state: {state(harness)} instead of {expectedState}");
        }

        whole._output.Write(expectedOutput);
        return whole;
    }

    /// <summary>The bytes written since the last call.</summary>
    public byte[] TakeOutput()
    {
        byte[] written = _output.WrittenSpan.ToArray();
        _output.Clear();
        return written;
    }
}

/// <summary>Records every event, both as typed lists and as one ordered log for comparisons.</summary>
internal sealed class RecordingTelnetEvents : ITelnetEvents
{
    public List<string> Log { get; } = [];

    public List<string> Lines { get; } = [];

    public List<int> LinesTooLong { get; } = [];

    public List<byte> SubnegotiationsTooLong { get; } = [];

    public List<(int Width, int Height)> WindowSizes { get; } = [];

    public List<TelnetClientInfo> Identified { get; } = [];

    public List<(byte Option, byte[] Payload)> Subnegotiations { get; } = [];

    public List<(byte Option, bool Local)> Enabled { get; } = [];

    public List<(byte Option, bool Local)> Disabled { get; } = [];

    public void OnLine(string line)
    {
        Lines.Add(line);
        Log.Add($"line:{line}");
    }

    public void OnLineTooLong(int limit)
    {
        LinesTooLong.Add(limit);
        Log.Add($"line-too-long:{limit}");
    }

    public void OnSubnegotiationTooLong(byte option)
    {
        SubnegotiationsTooLong.Add(option);
        Log.Add($"sb-too-long:{option}");
    }

    public void OnWindowSize(int width, int height)
    {
        WindowSizes.Add((width, height));
        Log.Add($"naws:{width}x{height}");
    }

    public void OnClientIdentified(TelnetClientInfo info)
    {
        Identified.Add(info);
        Log.Add($"client:{info}");
    }

    public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        Subnegotiations.Add((option, payload.ToArray()));
        Log.Add($"sb:{option}:{Convert.ToHexString(payload)}");
    }

    public void OnOptionEnabled(byte option, bool local)
    {
        Enabled.Add((option, local));
        Log.Add($"on:{option}:{local}");
    }

    public void OnOptionDisabled(byte option, bool local)
    {
        Disabled.Add((option, local));
        Log.Add($"off:{option}:{local}");
    }
}
