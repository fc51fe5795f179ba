using System.Collections.Immutable;
using Mud.Objects;
using Mud.Sessions;

namespace Mud.Rooms;

[GrainType("room")]
public sealed partial class RoomGrain([PersistentState("room", "store")] IPersistentState<RoomState> room) : Grain, IRoomGrain
{
    // Insertion order, so "also here" lists people in the order they arrived.
    private readonly List<Occupant> _occupants = [];
    private readonly OutputSender _output = new();
    private readonly Storage.QueuedWrites<RoomState> _writes = new(room);

    // The items as a look lists them, worked out again only after the room's state changes: a crowded room is looked
    // at far more often than anything in it moves, and counting 200 names on every look was most of what a look allocated.
    private ImmutableArray<string> _itemsShown;

    private RoomDefinition Definition => room.State.Definition ?? new RoomDefinition(
        new RoomId(this.GetPrimaryKeyString()), "Nowhere", "", "There is nothing here. This room has not been built.", [], []);

    private IEnumerable<ObjectSummary> Exits => room.State.Contents.Where(c => c.Kind == ObjectKind.Exit);

    private IEnumerable<ObjectSummary> Items => room.State.Contents.Where(c => c.Kind != ObjectKind.Exit);

    private ImmutableArray<string> ItemsShown => _itemsShown.IsDefault ? _itemsShown = [.. ObjectText.Counted(Items)] : _itemsShown;

    public async Task DefineAsync(RoomDefinition definition, ImmutableArray<ObjectSummary> contents)
    {
        // The exits and items of the definition become objects of their own (see WorldSeeder); the room keeps the rest.
        room.State.Definition = definition with { Exits = [], Items = [] };
        foreach (var content in contents)
        {
            HeldContents.Put(room.State.Contents, content);
        }

        await SaveAsync();
    }

    public Task<bool> ExistsAsync() => Task.FromResult(room.State.Definition is not null);

    public Task<RoomView> EnterAsync(Occupant occupant, string? announcement)
    {
        if (announcement is not null)
        {
            Broadcast(announcement, occupant.Key);
        }

        if (_occupants.Count == 0)
        {
            WakeBehaviours();
        }

        ReportOccupant(Upsert(occupant), occupant);
        DelayDeactivation(Timeout.InfiniteTimeSpan);
        return Task.FromResult(ViewFor(occupant.Key));
    }

    public Task LeaveAsync(string characterKey, string? announcement)
    {
        ReportDeparture(characterKey);
        _occupants.RemoveAll(o => o.Key == characterKey);
        if (announcement is not null)
        {
            Broadcast(announcement, exceptKey: null);
        }

        if (_occupants.Count == 0)
        {
            DelayDeactivation(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public Task UpdateOccupantAsync(Occupant occupant)
    {
        if (_occupants.Count == 0)
        {
            WakeBehaviours();
        }

        ReportOccupant(Upsert(occupant), occupant);
        return Task.CompletedTask;
    }

    public Task<int> GetOccupantCountAsync() => Task.FromResult(_occupants.Count);

    public Task<ImmutableArray<RoomPlayer>> GetPlayersAsync() => Task.FromResult<ImmutableArray<RoomPlayer>>([.. _occupants.Select(o => new RoomPlayer(o.Key, o.Name))]);

    public Task<RoomView> LookAsync(string viewerKey) => Task.FromResult(ViewFor(viewerKey));

    public Task<LookTarget?> FindAsync(string name, string viewerKey)
    {
        var definition = Definition;
        LookTarget? found =
            definition.Things.FirstOrDefault(t => t.Matches(name)) is { } thing ? new(thing.Name, thing.Description, null)
            : ObjectMatcher.Match(room.State.Contents, name).Found is { } content ? new(content.Name, "", null, content.Id)
            : _occupants.FirstOrDefault(o => o.Key != viewerKey && o.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase)) is { } person ? new(person.Name, "", person.Key)
            : null;
        return Task.FromResult(found);
    }

    public Task<ObjectSummary?> FindExitAsync(string word) => Task.FromResult(Exits.FirstOrDefault(e => e.IsCalled(word)));

    public Task BroadcastAsync(string markup, string? exceptKey)
    {
        Broadcast(markup, exceptKey);
        return Task.CompletedTask;
    }

    public Task WhisperAsync(string toKey, string toMarkup, string othersMarkup, string fromKey)
    {
        _output.Send(_occupants.Where(o => o.Key == toKey).SelectMany(o => o.Sessions), new TextOutput(toMarkup));
        _output.Send(_occupants.Where(o => o.Key != toKey && o.Key != fromKey).SelectMany(o => o.Sessions), new TextOutput(othersMarkup));
        return Task.CompletedTask;
    }

    /// <summary>Adds or replaces an occupant; returns the one it replaced, if any.</summary>
    private Occupant? Upsert(Occupant occupant)
    {
        var index = _occupants.FindIndex(o => o.Key == occupant.Key);
        if (index < 0)
        {
            _occupants.Add(occupant);
            return null;
        }

        var before = _occupants[index];
        _occupants[index] = occupant;
        return before;
    }

    private void Broadcast(string markup, string? exceptKey) =>
        _output.Send(_occupants.Where(o => o.Key != exceptKey).SelectMany(o => o.Sessions), new TextOutput(markup));

    // One-way: the room never waits on its contents, so an object calling the room can never deadlock with it.
    private void WakeBehaviours()
    {
        foreach (var animated in room.State.Contents.Where(c => c.HasBehaviours))
        {
            GrainFactory.GetGrain<IObjectGrain>(animated.Id).WakeAsync().Ignore();
        }
    }

    private RoomView ViewFor(string viewerKey)
    {
        var definition = Definition;
        return new RoomView(
            definition.Id,
            definition.Name,
            definition.Area,
            definition.Description,
            [.. Exits.Select(Doors.Shown)],
            [.. definition.Things.Select(t => t.Name)],
            [.. _occupants.Where(o => o.Key != viewerKey).Select(o => o.Name)],
            ItemsShown);
    }

    // Every change to the room is saved, so here is where what was worked out from its state is dropped: a change
    // cannot forget to. Dropped before the write, so a look while it is under way sees the change.
    private Task SaveAsync()
    {
        _itemsShown = default;
        return _writes.WriteAsync();
    }

    private Task ClearAsync()
    {
        _itemsShown = default;
        return _writes.ClearAsync();
    }
}
