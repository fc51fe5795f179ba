using Mud.Bench.Worlds;
using Mud.Characters.Creation;
using Mud.World;

namespace Mud.Tests.Bench;

[Trait("Category", "Unit")]
public sealed class BenchWorldTests
{
    [Fact]
    public void GeneratedWorld_LoadsInTheGame_WithAHubARingAndItemsInTheFirstRoom()
    {
        var folder = Directory.CreateTempSubdirectory("bench-world-");
        try
        {
            var file = Path.Combine(folder.FullName, "world.json");
            File.WriteAllText(file, BenchWorld.Json(rooms: 5, items: 200));
            // The game reads its character creation rules from the world's folder.
            File.Copy(Path.Combine(AppContext.BaseDirectory, "world", CreationDataLoader.FileName), Path.Combine(folder.FullName, CreationDataLoader.FileName));

            var world = WorldLoader.Load(file).World;

            Assert.Equal("hub", world.StartRoom.Value);
            Assert.Equal(6, world.Rooms.Length);
            var hub = world.Rooms.Single(r => r.Id.Value == "hub");
            Assert.Equal(["r0", "r1", "r2", "r3", "r4"], hub.Exits.Select(e => e.Name));
            var last = world.Rooms.Single(r => r.Id.Value == "r4");
            Assert.Equal(["r0", "r3", "hub"], last.Exits.Select(e => e.To.Value));
            Assert.Equal(200, world.Rooms.Single(r => r.Id.Value == "r0").Items.Length);
            Assert.True(last.Items.IsEmpty);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
