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
    [InlineData("""{ "version": 1, "startRoom": "a", "rooms": [ { "id": "a", "name": "A", "description": "d", "exits": [ { "name": "n", "to": "a", "behaviours": ["slammer"] } ] } ] }""", "exit 'n' of room 'a': unknown behaviour 'slammer'")]
    [InlineData("""{ "version": 1, "rooms": [ """, "not valid world JSON")]
    [InlineData("""{ "version": 1, "startRoom": "a", "rooms": [ { "id": "a", "name": "A", "description": "d", "things": [ { "name": "post", "description": "p", "sparring": { "minDamage": 5, "maxDamage": 2, "experience": 1 } } ] } ] }""", "1 <= minDamage <= maxDamage")]
    public void Parse_RefusesBrokenWorlds_SayingWhatIsWrong(string json, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => WorldLoader.Parse(json, "test.json"));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StarterWorld_HasATrainingDummyThatHitsBack()
    {
        var content = WorldLoader.Load(Path.Combine(AppContext.BaseDirectory, "world", "starter.json"));

        var dummy = content.World.Rooms.SelectMany(r => r.Things).Single(t => t.Name == "dummy");
        Assert.NotNull(dummy.Sparring);
        Assert.InRange(dummy.Sparring.MinDamage, 1, dummy.Sparring.MaxDamage);
    }

    [Fact]
    public void StarterWorld_HasATrapdoorThatNeedsTheIronKey_AndShutsItself()
    {
        var content = WorldLoader.Load(Path.Combine(AppContext.BaseDirectory, "world", "starter.json"));

        var trapdoor = content.World.Rooms.Single(r => r.Id.Value == "crooked-lantern").Exits.Single(e => e.Aliases.Contains("trapdoor"));
        Assert.Equal(["door", "closed"], trapdoor.Tags.AsEnumerable());
        Assert.Contains("iron key", trapdoor.Locks!.For("open"), StringComparison.Ordinal);
        Assert.Equal(["closer"], trapdoor.Behaviours.AsEnumerable());
        var ladder = content.World.Rooms.Single(r => r.Id.Value == "lantern-cellar").Exits.Single(e => e.Aliases.Contains("trapdoor"));
        Assert.Equal(["door", "closed"], ladder.Tags.AsEnumerable());
    }

    [Fact]
    public void Validate_RefusesTwoRoomsWithOneRoomNumber()
    {
        // Room numbers are a 31-bit hash of the id: search for two ids that share one, as a builder might hit by chance.
        var seen = new Dictionary<int, string>();
        var (first, second) = ("", "");
        for (var i = 0; second.Length == 0; i++)
        {
            var id = "room-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!seen.TryAdd(Rooms.RoomNumber.Of(new Rooms.RoomId(id)), id))
            {
                (first, second) = (seen[Rooms.RoomNumber.Of(new Rooms.RoomId(id))], id);
            }
        }

        var json = $$"""{ "version": 1, "startRoom": "{{first}}", "rooms": [ { "id": "{{first}}", "name": "A", "description": "d" }, { "id": "{{second}}", "name": "B", "description": "d" } ] }""";

        var error = Assert.Throws<InvalidDataException>(() => WorldLoader.Parse(json, "test.json"));
        Assert.Contains("have the same room number", error.Message, StringComparison.Ordinal);
    }
}
