using Mud.World;

namespace Mud.Tests.World;

[Trait("Category", "Unit")]
public sealed class WorldLoaderTests
{
    [Fact]
    public void StarterWorld_LoadsAndIsConnected()
    {
        var content = WorldLoader.Load(Path.Combine(AppContext.BaseDirectory, "world", "starter.json"));

        Assert.True(content.World.Rooms.Length >= 6);
        Assert.Contains("{name}", content.ConnectionScreen, StringComparison.Ordinal);
        var reachable = new HashSet<string> { content.World.StartRoom.Value };
        var rooms = content.World.Rooms.ToDictionary(r => r.Id.Value);
        var frontier = new Queue<string>(reachable);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var exit in rooms[id].Exits.Where(e => reachable.Add(e.To.Value)))
            {
                frontier.Enqueue(exit.To.Value);
            }
        }

        Assert.Equal(rooms.Count, reachable.Count);
    }

    [Theory]
    [InlineData("""{ "version": 1, "startRoom": "a", "rooms": [ { "id": "a", "name": "A", "description": "d", "exits": [ { "name": "north", "to": "nowhere" } ] } ] }""", "unknown room 'nowhere'")]
    [InlineData("""{ "version": 1, "startRoom": "b", "rooms": [ { "id": "a", "name": "A", "description": "d" } ] }""", "start room 'b' is not a room")]
    [InlineData("""{ "version": 1, "startRoom": "a", "rooms": [ { "id": "a", "name": "A", "description": "d" }, { "id": "a", "name": "A", "description": "d" } ] }""", "used twice")]
    [InlineData("""{ "version": 1, "startRoom": "a", "rooms": [ { "id": "a", "name": "", "description": "d" } ] }""", "needs a name and a description")]
    [InlineData("""{ "version": 1, "startRoom": "a", "rooms": [ { "id": "a", "name": "A", "description": "d", "exits": [ { "name": "n", "to": "a" }, { "name": "x", "aliases": ["N"], "to": "a" } ] } ] }""", "two exits called 'n'")]
    [InlineData("""{ "version": 1, "rooms": [ """, "not valid world JSON")]
    public void Parse_RefusesBrokenWorlds_SayingWhatIsWrong(string json, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => WorldLoader.Parse(json, "test.json"));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
