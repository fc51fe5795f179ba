namespace Mud.Objects.Behaviours;

/// <summary>
/// Shuts its door again a while after it was opened: every edit restarts an object's timers, so the turn comes
/// <c>delay</c> seconds after the latest opening, and a shut door has no timer at all.
/// </summary>
public sealed class CloserBehaviour : IObjectBehaviour
{
    public string Name => "closer";

    public string Summary => $"on a door (an exit tagged 'door'): shuts it again, both sides; {BehaviourPeriods.Describe("delay", 30)} after it was opened";

    // A door left open behind the last one through it must still close.
    public bool NeedsAudience => false;

    public TimeSpan PeriodOf(ObjectSnapshot self) => BehaviourPeriods.From(self, "delay", 30);

    public bool IsIdle(ObjectSnapshot self) => !Doors.IsDoor(self.Summary) || Doors.IsClosed(self.Summary);

    public async Task ActAsync(BehaviourContext context)
    {
        var door = context.Self.Summary;
        if (IsIdle(context.Self))
        {
            return;
        }

        await Doors.SwingAsync(context.Grains, door, context.RoomKey, close: true, context.EditSelfAsync);
        await context.Room.BroadcastAsync($"The way {door.Name} swings shut.", exceptKey: null);
    }
}
