using System.Collections.Immutable;
using Mud.Objects;
using Mud.Oob;

namespace Mud.Tests.Grains.Oob;

[Trait("Category", "Unit")]
public sealed class ItemMessagesTests
{
    [Fact]
    public void Changes_RemoveWhatWentAddWhatCameAndUpdateWhatChanged_MatchedById()
    {
        ImmutableArray<OobTable> before = [Item("#1", "a loaf"), Item("#2", "a stone"), Item("#3", "a rope")];
        ImmutableArray<OobTable> now = [Item("#1", "half a loaf"), Item("#3", "a rope"), Item("#4", "a bucket")];

        var changes = ItemMessages.Changes("inv", before, now).ToList();

        Assert.Equal(
            ["Char.Items.Remove #2", "Char.Items.Update #1", "Char.Items.Add #4"],
            changes.Select(c => $"{c.Name} {((OobTable)c.Kwarg("item")!)["id"]!.AsText()}"));
        Assert.All(changes, c => Assert.Equal("inv", c.Kwarg("location")!.AsText()));
        Assert.Empty(ItemMessages.Changes("room", now, now));
    }

    [Fact]
    public void Items_ListsItemsOnly_WithContainersMarked()
    {
        var locks = LockSet.None;
        ObjectSummary[] contents =
        [
            new("#1", ObjectKind.Exit, "north", [], locks, Destination: "square"),
            new("#2", ObjectKind.Item, "a wooden bucket", ["bucket"], locks, IsContainer: true),
            new("#3", ObjectKind.Item, "a stone", [], locks),
        ];

        var items = ItemMessages.Items(contents);

        Assert.Equal(["#2 a wooden bucket c", "#3 a stone "], items.Select(i => $"{i["id"]!.AsText()} {i["name"]!.AsText()} {i["attrib"]!.AsText()}"));
    }

    private static OobTable Item(string id, string name) => ItemMessages.Item(new ObjectSummary(id, ObjectKind.Item, name, [], LockSet.None));
}
