using Mud.Accounts;
using Mud.Objects.Behaviours;
using Mud.Rooms;

namespace Mud.Objects;

/// <summary>
/// Attached behaviours run on grain timers while the object stands in a room with people in it. The room wakes
/// them when someone arrives (<see cref="IObjectGrain.WakeAsync"/>); a turn that finds the room empty puts them to sleep,
/// and an idle object's activation is then collected like any other, so an empty world costs nothing.
/// </summary>
public sealed partial class ObjectGrain
{
    private readonly List<IGrainTimer> _timers = [];

    public Task WakeAsync()
    {
        if (_timers.Count == 0)
        {
            RestartBehaviours();
        }

        return Task.CompletedTask;
    }

    private void RestartBehaviours()
    {
        StopBehaviours();
        if (!stored.RecordExists || State.Location is not { Kind: ObjectKind.Room })
        {
            return;
        }

        var self = Snapshot;
        foreach (var behaviour in State.Core.Behaviours.Select(behaviours.Find).OfType<IObjectBehaviour>())
        {
            var period = behaviour.PeriodOf(self);
            _timers.Add(this.RegisterGrainTimer(_ => ActAsync(behaviour), new GrainTimerCreationOptions(period, period)));
        }
    }

    private void StopBehaviours()
    {
        foreach (var timer in _timers)
        {
            timer.Dispose();
        }

        _timers.Clear();
    }

    private async Task ActAsync(IObjectBehaviour behaviour)
    {
        if (!stored.RecordExists || State.Location is not { Kind: ObjectKind.Room } room)
        {
            StopBehaviours();
            return;
        }

        if (await GrainFactory.GetGrain<IRoomGrain>(room.Key).GetOccupantCountAsync() == 0)
        {
            StopBehaviours();
            return;
        }

        await behaviour.ActAsync(new BehaviourContext(Snapshot, room.Key, GrainFactory, MoveThroughAsync));
    }

    /// <summary>Walks the object through an exit of its room: stored first, then the rooms' lists, arrival before departure.</summary>
    private async Task MoveThroughAsync(ObjectSummary exit)
    {
        var self = Snapshot;
        var walker = new Accessor(Id, self.Name, "", PermissionLevel.Player, self.Contents, self.Attributes, self.Tags);
        if (exit.Destination is not { } destination || State.Location is not { } origin || !Locks.Locks.Allows(ObjectKind.Exit, exit.Locks, "traverse", walker))
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
