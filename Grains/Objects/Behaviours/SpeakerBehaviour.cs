using Mud.Rooms;

namespace Mud.Objects.Behaviours;

/// <summary>Says its lines in turn to whoever is in its room: the attribute <c>lines</c>, separated by <c>;</c>.</summary>
public sealed class SpeakerBehaviour : IObjectBehaviour
{
    public string Name => "speaker";

    public string Summary => $"says the lines of its 'lines' attribute (separated by ';') in turn; {BehaviourPeriods.Describe("interval", 30)}";

    public TimeSpan PeriodOf(ObjectSnapshot self) => BehaviourPeriods.From(self, "interval", 30);

    public async Task ActAsync(BehaviourContext context)
    {
        var lines = context.Attribute("lines").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return;
        }

        // Turn by turn from the clock, so the order survives the object's deactivation without storing a counter.
        var turn = (int)(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / Math.Max(1, (long)PeriodOf(context.Self).TotalSeconds) % lines.Length);
        var name = context.Self.Name;
        await context.Room.TalkAsync(new RoomTalk("say", name, $"|c{name}|n says, \"{lines[turn]}\""), exceptKey: null);
    }
}
