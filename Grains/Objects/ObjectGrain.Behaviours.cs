using Mud.Accounts;
using Mud.Objects.Behaviours;
using Mud.Rooms;

namespace Mud.Objects;

/// <summary>
/// Attached behaviours run on grain timers while the object stands in a room, each with its own. Those that need an
/// audience tick only while the room has people in it: the room wakes them when someone arrives
/// (<see cref="IObjectGrain.WakeAsync"/>) and a turn that finds it empty puts them to sleep. A behaviour with nothing to
/// do (a shut door's closer) has no timer. An object without timers is collected like any other, so an empty world costs nothing.
/// </summary>
public sealed partial class ObjectGrain
{
    private readonly Dictionary<IObjectBehaviour, IGrainTimer> _timers = [];

    public Task WakeAsync()
    {
        StartBehaviours();
        return Task.CompletedTask;
    }

    private void RestartBehaviours()
    {
        StopBehaviours();
        StartBehaviours();
    }

    /// <summary>Gives a timer to each attached behaviour that has something to do and no timer yet.</summary>
    private void StartBehaviours()
    {
        if (!stored.RecordExists || State.Location is not { Kind: ObjectKind.Room })
        {
            return;
        }

        var self = Snapshot;
        var waiting = State.Core.Behaviours.Select(behaviours.Find).OfType<IObjectBehaviour>().Where(b => !_timers.ContainsKey(b) && !b.IsIdle(self));
        foreach (var behaviour in waiting.ToList())
        {
            var period = behaviour.PeriodOf(self);
            var options = new GrainTimerCreationOptions(period, period) { KeepAlive = !behaviour.NeedsAudience };
            _timers[behaviour] = this.RegisterGrainTimer(_ => ActAsync(behaviour), options);
        }
    }

    private void StopBehaviours()
    {
        foreach (var behaviour in _timers.Keys.ToList())
        {
            Stop(behaviour);
        }
    }

    private void Stop(IObjectBehaviour behaviour)
    {
        if (_timers.Remove(behaviour, out var timer))
        {
            timer.Dispose();
        }
    }

    private async Task ActAsync(IObjectBehaviour behaviour)
    {
        if (!stored.RecordExists || State.Location is not { Kind: ObjectKind.Room } room)
        {
            StopBehaviours();
            return;
        }

        if (behaviour.NeedsAudience && await GrainFactory.GetGrain<IRoomGrain>(room.Key).GetOccupantCountAsync() == 0)
        {
            Stop(behaviour);
            return;
        }

        await behaviour.ActAsync(new BehaviourContext(Snapshot, room.Key, GrainFactory, MoveThroughAsync, EditAsync));
        if (behaviour.IsIdle(Snapshot))
        {
            Stop(behaviour);
        }
    }

    /// <summary>Walks the object through an exit of its room: stored first, then the rooms' lists, arrival before departure.</summary>
    private async Task MoveThroughAsync(ObjectSummary exit)
    {
        var self = Snapshot;
        if (!BehaviourContext.MayPass(self, exit) || exit.Destination is not { } destination || State.Location is not { } origin)
        {
            return;
        }

        var target = GrainFactory.GetGrain<IRoomGrain>(destination);
        if (!await target.ExistsAsync())
        {
            return;
        }

        State.Location = ObjectRef.Room(destination);
        await _writes.WriteAsync();
        var from = GrainFactory.GetGrain<IRoomGrain>(origin.Key);
        await target.AddContentAsync(self.Summary);
        await from.RemoveContentAsync(Id);
        await from.BroadcastAsync($"{self.Name} leaves {exit.Name}.", exceptKey: null);
        await target.BroadcastAsync($"{self.Name} arrives.", exceptKey: null);
    }
}
