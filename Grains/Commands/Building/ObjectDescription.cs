using Mud.Objects;
using Mud.Rooms;

namespace Mud.Commands.Building;

/// <summary>How <c>@examine</c> shows an object: every field, with types, and locks both set and defaulted.</summary>
internal static class ObjectDescription
{
    public static string Examine(ObjectSnapshot thing)
    {
        static string E(string text) => Text.Markup.Escape(text);
        var lines = new List<string> { $"|c{E(thing.Name)}|n ({E(thing.Id)}), {thing.Kind.ToString().ToLowerInvariant()}" };
        lines.Add($"|wAliases:|n {(thing.Aliases.IsDefaultOrEmpty ? "none" : E(string.Join(", ", thing.Aliases)))}");
        if (thing.Kind == ObjectKind.Room)
        {
            lines.Add($"|wArea:|n {E(thing.Area ?? "")}   |wRoom number:|n {RoomNumber.Of(new RoomId(thing.Id))}");
        }

        if (thing.Location is { } location)
        {
            lines.Add($"|wLocation:|n {E(location.ToString())}");
        }

        if (thing.Kind == ObjectKind.Exit)
        {
            lines.Add($"|wDestination:|n {(thing.Destination is { } to ? $"room {E(to)}" : "nowhere (unlinked)")}");
        }

        if (thing.Prototype is { } prototype)
        {
            lines.Add($"|wPrototype:|n {E(prototype)}");
        }

        if (thing.IsContainer)
        {
            lines.Add("|wContainer:|n yes");
        }

        lines.Add($"|wDescription:|n {(thing.Description.Length == 0 ? "none" : E(thing.Description))}");
        lines.Add(thing.Attributes.IsEmpty
            ? "|wAttributes:|n none"
            : "|wAttributes:|n\n" + string.Join('\n', thing.Attributes.Select(a => $"  {E(a.Key)} = {E(a.Value.Display)} ({a.Value.Type})")));
        lines.Add($"|wTags:|n {(thing.Tags.IsDefaultOrEmpty ? "none" : E(string.Join(", ", thing.Tags)))}");
        lines.Add($"|wLocks:|n\n{Locks(thing)}");
        if (thing.Kind == ObjectKind.Item)
        {
            lines.Add($"|wBehaviours:|n {(thing.Behaviours.IsDefaultOrEmpty ? "none" : E(string.Join(", ", thing.Behaviours)))}");
        }

        lines.Add(thing.Contents.IsDefaultOrEmpty
            ? "|wContents:|n none"
            : "|wContents:|n\n" + string.Join('\n', thing.Contents.Select(c => $"  {E(c.Id),-6} {c.Kind.ToString().ToLowerInvariant(),-9} {E(c.Name)}{(c.Destination is { } to ? $" -> {E(to)}" : "")}")));
        return string.Join('\n', lines);
    }

    /// <summary>Every access type's lock: the one set, or the kind's default, marked as such.</summary>
    public static string Locks(ObjectSnapshot thing) => string.Join('\n', LockSet.AccessTypes.Select(access =>
        thing.Locks.For(access) is { } set
            ? $"  {access}:{Text.Markup.Escape(set)}"
            : $"  {access}:{Text.Markup.Escape(Objects.Locks.Locks.DefaultFor(thing.Kind, access))} |x(default)|n"));
}
