using System.Collections.Immutable;
using Mud.Objects;

namespace Mud.Oob;

/// <summary>
/// GMCP's <c>Char.Items</c> in the IRE form (the JSON endpoint shares it): what the character carries (location
/// <c>inv</c>) and what lies in its room (location <c>room</c>), each item <c>{"id": "#12", "name": "a bucket", "attrib": "c"}</c>.
/// </summary>
public static class ItemMessages
{
    public const string Module = "char.items";
    public const string ListPackage = "Char.Items.List";
    public const string AddPackage = "Char.Items.Add";
    public const string RemovePackage = "Char.Items.Remove";
    public const string UpdatePackage = "Char.Items.Update";
    public const string Inventory = "inv";
    public const string Room = "room";

    /// <summary>Only items are listed: a room's exits are contents too, but mappers have them from <c>Room.Info</c>.</summary>
    public static ImmutableArray<OobTable> Items(IEnumerable<ObjectSummary> contents) =>
        [.. contents.Where(c => c.Kind == ObjectKind.Item).Select(Item)];

    /// <summary><c>{"id": "#12", "name": "a wooden bucket", "attrib": "c"}</c>; attrib letters as IRE's: <c>c</c> a container.</summary>
    public static OobTable Item(ObjectSummary item) => new(
    [
        new("id", OobValue.Of(item.Id)),
        new("name", OobValue.Of(item.Name)),
        new("attrib", OobValue.Of(item.IsContainer ? "c" : "")),
    ]);

    /// <summary><c>{"location": "inv", "items": [...]}</c>.</summary>
    public static OobMessage List(string location, IEnumerable<OobTable> items) => OobMessage.WithKwargs(
        ListPackage, Location(location), new OobField("items", OobValue.List(items)));

    /// <summary><c>Char.Items.Add</c>, <c>.Remove</c> or <c>.Update</c>: <c>{"location": "room", "item": {...}}</c>.</summary>
    public static OobMessage Change(string package, string location, OobTable item) => OobMessage.WithKwargs(
        package, Location(location), new OobField("item", item));

    /// <summary>What turns the items a client was last sent into <paramref name="now"/>: removals, additions, then updates, matched by id.</summary>
    public static IEnumerable<OobMessage> Changes(string location, ImmutableArray<OobTable> before, ImmutableArray<OobTable> now)
    {
        var earlier = before.ToDictionary(Id);
        var later = now.ToDictionary(Id);
        foreach (var gone in before.Where(i => !later.ContainsKey(Id(i))))
        {
            yield return Change(RemovePackage, location, gone);
        }

        foreach (var item in now)
        {
            if (!earlier.TryGetValue(Id(item), out var was))
            {
                yield return Change(AddPackage, location, item);
            }
            else if (!was.Equals(item))
            {
                yield return Change(UpdatePackage, location, item);
            }
        }
    }

    private static string Id(OobTable item) => item["id"]?.AsText() ?? "";

    private static OobField Location(string location) => new("location", OobValue.Of(location));
}
