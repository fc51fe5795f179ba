using Mud.Commands.Character;
using Mud.Oob;
using Mud.Sessions;

namespace Mud.Rooms;

/// <summary>What the room adds for out-of-band clients: talk as channel messages, and the room as mappers see it.</summary>
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

    /// <summary>Mappers key exits by the short direction (<c>n</c>, <c>se</c>, <c>u</c>); named exits keep their name.</summary>
    private static string MapKey(string exitName) => Direction.Named(exitName) is { } direction ? direction.Abbreviation ?? direction.Name : exitName;
}
