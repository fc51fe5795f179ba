using System.Collections.Immutable;
using Mud.Commands.Character;
using Mud.Objects;
using Mud.Oob;
using Mud.Sessions;

namespace Mud.Rooms;

/// <summary>
/// What the room adds for out-of-band clients: talk as channel messages, the room as mappers see it, and its items and
/// people as they come and go, pushed to the occupants' sessions that asked (one push per front end, never polled).
/// </summary>
public sealed partial class RoomGrain
{
    public Task TalkAsync(RoomTalk talk, string? exceptKey)
    {
        var hearers = _occupants.Where(o => o.Key != exceptKey).ToList();
        _output.Send(hearers.SelectMany(o => o.Sessions), new TextOutput(talk.Markup));
        var listeners = hearers.Where(o => !o.ChannelListeners.IsDefaultOrEmpty).SelectMany(o => o.ChannelListeners).ToList();
        if (listeners.Count > 0)
        {
            var message = ChannelMessages.Text(talk.Channel, talk.Talker, talk.Markup);
            foreach (var byProtocol in listeners.GroupBy(l => l.Protocol))
            {
                _output.Send(byProtocol.Select(l => l.Address), new OobOutput(byProtocol.Key, message));
            }
        }

        return Task.CompletedTask;
    }

    public Task<RoomMapInfo> GetMapInfoAsync()
    {
        var definition = Definition;
        return Task.FromResult(new RoomMapInfo(
            definition.Id,
            RoomNumber.Of(definition.Id),
            definition.Name,
            definition.Area,
            [.. Exits.Where(e => e.Destination is not null).Select(e => new RoomMapExit(MapKey(e.Name), RoomNumber.Of(new RoomId(e.Destination!))))]));
    }

    public Task<SparringTarget?> FindSparringAsync(string name) => Task.FromResult(
        Definition.Things.FirstOrDefault(t => t.Sparring is not null && t.Matches(name)) is { } thing
            ? new SparringTarget(thing.Name, thing.Sparring!)
            : null);

    public Task ShowContentsAsync(RoomListener listener)
    {
        ShowContents([listener]);
        return Task.CompletedTask;
    }

    /// <summary>
    /// After an occupant came in or changed: the others hear of a newcomer, and each of its listeners that is new is
    /// sent the room as it is now, so a client learns the room on arriving, logging in or subscribing.
    /// </summary>
    private void ReportOccupant(Occupant? before, Occupant now)
    {
        if (before is null)
        {
            Notify(i => i.Players, PlayerMessages.Added(now.Name), exceptKey: now.Key);
        }

        ImmutableArray<RoomListener> known = before is { RoomListeners.IsDefault: false } ? before.RoomListeners : [];
        ShowContents([.. Listeners(now).Where(l => !known.Contains(l))]);
    }

    /// <summary>Before an occupant goes: the others hear of it.</summary>
    private void ReportDeparture(string characterKey)
    {
        if (_occupants.Find(o => o.Key == characterKey) is { } leaving)
        {
            Notify(i => i.Players, PlayerMessages.Removed(leaving.Name), exceptKey: characterKey);
        }
    }

    /// <summary>An item was put here (<paramref name="isNew"/>) or changed while here.</summary>
    private void ReportItemHere(ObjectSummary item, bool isNew)
    {
        if (item.Kind == ObjectKind.Item)
        {
            Notify(i => i.Items, ItemMessages.Change(isNew ? ItemMessages.AddPackage : ItemMessages.UpdatePackage, ItemMessages.Room, ItemMessages.Item(item)), exceptKey: null);
        }
    }

    private void ReportItemGone(ObjectSummary item)
    {
        if (item.Kind == ObjectKind.Item)
        {
            Notify(i => i.Items, ItemMessages.Change(ItemMessages.RemovePackage, ItemMessages.Room, ItemMessages.Item(item)), exceptKey: null);
        }
    }

    private void ShowContents(IReadOnlyCollection<RoomListener> listeners)
    {
        if (listeners.Count == 0)
        {
            return;
        }

        var items = ItemMessages.List(ItemMessages.Room, ItemMessages.Items(room.State.Contents));
        var players = PlayerMessages.Players(_occupants.Select(o => o.Name));
        foreach (var listener in listeners)
        {
            var interest = listener.Interest;
            OobMessage[] messages = interest.Items && interest.Players ? [items, players] : interest.Items ? [items] : interest.Players ? [players] : [];
            if (messages.Length == 0)
            {
                continue;
            }

            _output.Send(listener.Address, messages.Select(m => new OobOutput(interest.Protocol, m)));
        }
    }

    /// <summary>One message to every listener interested, one push per front end and protocol.</summary>
    private void Notify(Func<RoomInterest, bool> interested, OobMessage message, string? exceptKey)
    {
        var listeners = _occupants.Where(o => o.Key != exceptKey).SelectMany(Listeners).Where(l => interested(l.Interest));
        foreach (var byProtocol in listeners.GroupBy(l => l.Interest.Protocol))
        {
            _output.Send(byProtocol.Select(l => l.Address), new OobOutput(byProtocol.Key, message));
        }
    }

    private static IEnumerable<RoomListener> Listeners(Occupant occupant) => occupant.RoomListeners.IsDefault ? [] : occupant.RoomListeners;

    /// <summary>Mappers key exits by the short direction (<c>n</c>, <c>se</c>, <c>u</c>); named exits keep their name.</summary>
    private static string MapKey(string exitName) => Direction.Named(exitName) is { } direction ? direction.Abbreviation ?? direction.Name : exitName;
}
