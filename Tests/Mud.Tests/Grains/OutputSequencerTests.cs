using Microsoft.Extensions.Time.Testing;
using Mud.Sessions;

namespace Mud.Tests.Grains;

[Trait("Category", "Unit")]
public sealed class OutputSequencerTests : IDisposable
{
    private const long Session = 7;
    private const long Room = 9;
    private readonly FakeTimeProvider _clock = new();
    private readonly List<string> _seen = [];
    private readonly OutputSequencer _sequencer;

    public OutputSequencerTests() => _sequencer = new((sessionId, output) => _seen.Add($"{sessionId}:{((TextOutput)output).Markup}"), _clock);

    [Fact]
    public void BatchesInOrder_AreHandedOnAtOnce_ToEverySessionNamed()
    {
        _sequencer.Receive(Batch(Session, 1, "Welcome", "s1"));
        _sequencer.Receive(Batch(Session, 2, "hello all", "s1", "s2"));

        Assert.Equal(["s1:Welcome", "s1:hello all", "s2:hello all"], _seen);
    }

    [Fact]
    public void AnEarlyBatch_WaitsForTheOneBeforeIt()
    {
        _sequencer.Receive(Batch(Session, 2, "You become Alice"));
        Assert.Empty(_seen);

        _sequencer.Receive(Batch(Session, 1, "Welcome"));
        _sequencer.Receive(Batch(Session, 3, "Millbrook Village Square"));

        Assert.Equal(["s1:Welcome", "s1:You become Alice", "s1:Millbrook Village Square"], _seen);
    }

    [Fact]
    public void EachSender_IsOrderedOnItsOwn()
    {
        _sequencer.Receive(Batch(Session, 2, "second from the session"));
        _sequencer.Receive(Batch(Room, 1, "first from the room"));

        Assert.Equal(["s1:first from the room"], _seen);
    }

    [Fact]
    public void AMissingBatch_IsWaitedForOnlyUntilTheGapWaitRunsOut_AndArrivesLateRatherThanNever()
    {
        _sequencer.Receive(Batch(Session, 1, "one"));
        _sequencer.Receive(Batch(Session, 3, "three"));
        _sequencer.Receive(Batch(Session, 4, "four"));

        _clock.Advance(OutputSequencer.GapWait / 2);
        Assert.Equal(["s1:one"], _seen);

        _clock.Advance(OutputSequencer.GapWait);
        Assert.Equal(["s1:one", "s1:three", "s1:four"], _seen);

        _sequencer.Receive(Batch(Session, 2, "two, late"));
        _sequencer.Receive(Batch(Session, 5, "five"));
        Assert.Equal(["s1:one", "s1:three", "s1:four", "s1:two, late", "s1:five"], _seen);
    }

    [Fact]
    public void ABatchItsSenderWaitsFor_IsHandedOnAtOnce_WithThoseHeldBeforeIt_AndTheMissingOnesComeLate()
    {
        _sequencer.Receive(Batch(Session, 1, "one"));
        _sequencer.Receive(Batch(Session, 3, "three"));
        _sequencer.Receive(Batch(Session, 6, "six"));

        _sequencer.ReceiveNow(Batch(Session, 5, "five: the game is shutting down"));
        Assert.Equal(["s1:one", "s1:three", "s1:five: the game is shutting down", "s1:six"], _seen);

        _sequencer.Receive(Batch(Session, 2, "two, late"));
        _sequencer.Receive(Batch(Session, 4, "four, late"));
        _sequencer.Receive(Batch(Session, 7, "seven"));
        Assert.Equal(["s1:one", "s1:three", "s1:five: the game is shutting down", "s1:six", "s1:two, late", "s1:four, late", "s1:seven"], _seen);
    }

    [Fact]
    public void AnUnnumberedBatch_IsHandedOnAsItComes()
    {
        _sequencer.Receive(new OutputBatch([new Delivery(["s1"], new TextOutput("plain"))]));

        Assert.Equal(["s1:plain"], _seen);
    }

    public void Dispose() => _sequencer.Dispose();

    private static OutputBatch Batch(long sender, long sequence, string text, params string[] sessions) =>
        new([new Delivery(sessions.Length == 0 ? ["s1"] : [.. sessions], new TextOutput(text))], sender, sequence);
}
