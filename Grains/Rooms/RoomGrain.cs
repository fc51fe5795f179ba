using System.Collections.Immutable;
using Mud.Sessions;

namespace Mud.Rooms;

[GrainType("room")]
public sealed partial class RoomGrain([PersistentState("room", "store")] IPersistentState<RoomState> room) : Grain, IRoomGrain
{
    // Insertion order, so "also here" lists people in the order they arrived.
    private readonly List<Occupant> _occupants = [];
    private readonly OutputSender _output = new();

    private RoomDefinition Definition => room.State.Definition ?? new RoomDefinition(
        new RoomId(this.GetPrimaryKeyString()), "Nowhere", "", "There is nothing here. This room has not been built.", [], []);

    public async Task DefineAsync(RoomDefinition definition)
    {
        room.State.Definition = definition;
        await room.WriteStateAsync();
    }

    public Task<bool> ExistsAsync() => Task.FromResult(room.State.Definition is not null);

    public Task<RoomView> EnterAsync(Occupant occupant, string? announcement)
    {
        if (announcement is not null)
        {
            Broadcast(announcement, occupant.Key);
        }

        Upsert(occupant);
        DelayDeactivation(Timeout.InfiniteTimeSpan);
        return Task.FromResult(ViewFor(occupant.Key));
    }

    public Task LeaveAsync(string characterKey, string? announcement)
    {
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
        Upsert(occupant);
        return Task.CompletedTask;
    }

    public Task<RoomView> LookAsync(string viewerKey) => Task.FromResult(ViewFor(viewerKey));

    public Task<LookTarget?> FindAsync(string name, string viewerKey)
    {
        var definition = Definition;
        LookTarget? found =
            definition.Things.FirstOrDefault(t => t.Matches(name)) is { } thing ? new(thing.Name, thing.Description, null)
            : definition.Exits.FirstOrDefault(e => e.Matches(name)) is { } exit ? new(exit.Name, DescribeExit(exit), null)
            : _occupants.FirstOrDefault(o => o.Key != viewerKey && o.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase)) is { } person ? new(person.Name, "", person.Key)
            : null;
        return Task.FromResult(found);
    }

    public Task<ExitDefinition?> FindExitAsync(string word) => Task.FromResult(Definition.Exits.FirstOrDefault(e => e.Matches(word)));

    public Task BroadcastAsync(string markup, string? exceptKey)
    {
        Broadcast(markup, exceptKey);
        return Task.CompletedTask;
    }

    private void Upsert(Occupant occupant)
    {
        var index = _occupants.FindIndex(o => o.Key == occupant.Key);
        if (index >= 0)
        {
            _occupants[index] = occupant;
        }
        else
        {
            _occupants.Add(occupant);
        }
    }

    private void Broadcast(string markup, string? exceptKey) =>
        _output.Send(_occupants.Where(o => o.Key != exceptKey).SelectMany(o => o.Sessions), new TextOutput(markup));

    private RoomView ViewFor(string viewerKey)
    {
        var definition = Definition;
        return new RoomView(
            definition.Id,
            definition.Name,
            definition.Area,
            definition.Description,
            [.. definition.Exits.Select(e => e.Name)],
            [.. definition.Things.Select(t => t.Name)],
            [.. _occupants.Where(o => o.Key != viewerKey).Select(o => o.Name)]);
    }

    private static string DescribeExit(ExitDefinition exit) =>
        exit.Description.Length > 0 ? exit.Description : $"The way {exit.Name} leads on from here.";
}
