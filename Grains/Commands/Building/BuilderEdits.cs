using System.Collections.Immutable;
using Mud.Objects;
using Mud.Objects.Locks;
using Mud.Rooms;

namespace Mud.Commands.Building;

/// <summary>
/// What builder commands share once they have their object: its lock for the change, the edit itself with the
/// object's holder and the directory kept in line, and making new items and exits.
/// </summary>
internal static class BuilderEdits
{
    /// <summary>
    /// Whether the builder passes the object's lock for <paramref name="access"/> (<c>edit</c>, <c>delete</c>, <c>control</c>);
    /// if not, tells them so, in the object's own words when it has an <c>{access}_failmsg</c> attribute.
    /// </summary>
    public static bool Allows(ICharacterContext context, ObjectSnapshot target, string access)
    {
        if (Locks.Allows(target.Kind, target.Locks, access, context.Accessor))
        {
            return true;
        }

        var custom = target.Attributes.GetValueOrDefault($"{access}_failmsg")?.Text;
        context.Send(Text.Markup.Escape(custom ?? Locks.Refusal(access, target.Name)));
        return false;
    }

    /// <summary>
    /// Applies an edit after checking the edit lock; the object's holder gets its new summary and the directory its
    /// new entry. Returns the object after the edit, or null after telling the builder why not.
    /// </summary>
    public static async Task<ObjectSnapshot?> EditAsync(ICharacterContext context, ObjectSnapshot target, ObjectEdit edit) =>
        Allows(context, target, "edit") ? await ApplyAsync(context, target.Ref, edit) : null;

    /// <summary>Applies an edit without asking the object's lock (what a destruction does to the exits leading to a room).</summary>
    public static async Task<ObjectSnapshot?> ApplyAsync(ICharacterContext context, ObjectRef target, ObjectEdit edit)
    {
        var result = await context.ObjectOf(target).EditAsync(edit);
        if (result.Object is not { } after)
        {
            context.Send(Text.Markup.Escape(result.Problem ?? "That cannot be changed."));
            return null;
        }

        await SettleAsync(context, after);
        return after;
    }

    /// <summary>Brings the object's holder and directory entry in line with it.</summary>
    public static async Task SettleAsync(ICharacterContext context, ObjectSnapshot thing)
    {
        if (thing.Ref.IsHeldInObjectGrain && thing.Location is { } holder)
        {
            await context.HolderOf(holder).AddContentAsync(thing.Summary);
        }

        if (thing.Kind != ObjectKind.Character)
        {
            await BuilderTargets.Directory(context).RegisterAsync([EntryOf(thing)]);
        }
    }

    /// <summary>The directory's entry for an object: a room's place is its area, an exit's its destination.</summary>
    public static DirectoryEntry EntryOf(ObjectSnapshot thing) => new(thing.Ref, thing.Name, thing.Aliases.IsDefault ? [] : thing.Aliases, thing.Kind switch
    {
        ObjectKind.Room => thing.Area ?? "",
        ObjectKind.Exit => thing.Destination ?? "",
        _ => "",
    });

    /// <summary>Makes an exit in <paramref name="from"/> leading to the room <paramref name="to"/>, held by that room and in the directory.</summary>
    public static async Task<ObjectSnapshot> MakeExitAsync(ICharacterContext context, string id, string name, ImmutableArray<string> aliases, ObjectRef from, string to)
    {
        var exit = await context.Grains.GetGrain<IObjectGrain>(id).DefineAsync(new ObjectSnapshot(
            id, ObjectKind.Exit, name, aliases, "", ImmutableSortedDictionary<string, AttributeValue>.Empty, [], LockSet.None, from, [], to));
        await SettleAsync(context, exit);
        return exit;
    }

    /// <summary>Makes an item (and what it holds, each with an id of its own) in <paramref name="holder"/>, held there and in the directory.</summary>
    public static async Task<ObjectSnapshot> MakeItemAsync(ICharacterContext context, ItemSeed seed, ObjectRef holder)
    {
        var item = await DefineItemAsync(context, seed, holder);
        await context.HolderOf(holder).AddContentAsync(item.Summary);
        return item;
    }

    // Contents are made before their container, which lists them from the start; only the directory needs telling.
    private static async Task<ObjectSnapshot> DefineItemAsync(ICharacterContext context, ItemSeed seed, ObjectRef holder)
    {
        var id = (await BuilderTargets.Directory(context).NewIdsAsync(1))[0];
        var here = ObjectRef.Thing(ObjectKind.Item, id);
        var contents = new List<ObjectSummary>();
        foreach (var inner in seed.Contents.IsDefault ? [] : seed.Contents)
        {
            contents.Add((await DefineItemAsync(context, inner, here)).Summary);
        }

        var item = await context.Grains.GetGrain<IObjectGrain>(id).DefineAsync(new ObjectSnapshot(
            id, ObjectKind.Item, seed.Name, seed.Aliases, seed.Description, seed.Attributes, seed.Tags, seed.Locks, holder, [.. contents],
            IsContainer: seed.IsContainer, Behaviours: seed.Behaviours, Prototype: seed.Prototype));
        await BuilderTargets.Directory(context).RegisterAsync([EntryOf(item)]);
        return item;
    }
}
