using System.Globalization;
using System.Text.Json;

namespace Mud.Bench.Worlds;

/// <summary>
/// A world for spread-out load, in the game's world file format: a hub (the start room) with an exit
/// <c>r0</c>…<c>rN-1</c> to each of N rooms, and the rooms in a ring (<c>east</c>, <c>west</c>) with an
/// exit <c>hub</c> back. Ten thousand players in the starter world's nine rooms would mostly measure
/// "Also here:" lists of a thousand names; a MUD of that size has rooms to match. <c>items</c> puts that many items
/// in <c>r0</c>, for the cost of looking at a crowded room.
/// </summary>
public static class BenchWorld
{
    public static string Json(int rooms, int items = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rooms, 2);
        var hub = new
        {
            id = "hub",
            name = "The Hub",
            area = "Bench",
            description = "A round hall with a numbered door for every room of the benchmark world.",
            exits = Enumerable.Range(0, rooms).Select(i => new { name = Room(i), to = Room(i) }).ToArray(),
            things = Array.Empty<object>(),
        };
        var ring = Enumerable.Range(0, rooms).Select(i => new
        {
            id = Room(i),
            name = string.Create(CultureInfo.InvariantCulture, $"Room {i}"),
            area = "Bench",
            description = "A plain square room. Doors lead east and west to the next rooms, and one back to the hub.",
            exits = new[]
            {
                new { name = "east", to = Room((i + 1) % rooms) },
                new { name = "west", to = Room((i + rooms - 1) % rooms) },
                new { name = "hub", to = "hub" },
            },
            things = Array.Empty<object>(),
            items = i == 0 ? Enumerable.Range(0, items).Select(Item).ToArray() : [],
        });
        var world = new { version = 1, startRoom = "hub", rooms = new object[] { hub }.Concat(ring).ToArray() };
        return JsonSerializer.Serialize(world, new JsonSerializerOptions { WriteIndented = true });
    }

    private static object Item(int n) => new
    {
        key = string.Create(CultureInfo.InvariantCulture, $"pebble-{n}"),
        name = string.Create(CultureInfo.InvariantCulture, $"a pebble marked {n}"),
        aliases = new[] { "pebble" },
        description = "A smooth grey pebble with a number scratched into it.",
    };

    private static string Room(int i) => string.Create(CultureInfo.InvariantCulture, $"r{i}");
}
