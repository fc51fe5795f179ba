using Mud.Objects;

namespace Mud.Commands.Building;

/// <summary>
/// What a builder's words name: <c>here</c>, <c>me</c>, <c>#12</c> (any object, through the directory), <c>*alice</c>
/// (a character anywhere), or a name matched among what the builder carries, then the room's items and exits, then
/// the people in the room.
/// </summary>
internal static class BuilderTargets
{
    public static IObjectDirectoryGrain Directory(ICharacterContext context) => context.Grains.GetGrain<IObjectDirectoryGrain>(0);

    /// <summary>The object the words name, as it is now; null after telling the builder why not.</summary>
    public static async Task<ObjectSnapshot?> FindAsync(ICharacterContext context, string words)
    {
        var query = words.Trim();
        if (query.Length == 0)
        {
            context.Send("Name an object: |where|n, |wme|n, an id such as |w#12|n, or something in reach.");
            return null;
        }

        var target = await RefOfAsync(context, query);
        if (target is null)
        {
            return null;
        }

        var snapshot = await context.ObjectOf(target).GetSnapshotAsync();
        if (snapshot is null)
        {
            context.Send($"{Text.Markup.Escape(query)} no longer exists.");
        }

        return snapshot;
    }

    /// <summary>The room the words name: <c>here</c>, its id (<c>#12</c>, <c>village-square</c>) or its name; null after telling the builder why not.</summary>
    public static async Task<DirectoryEntry?> FindRoomAsync(ICharacterContext context, string words)
    {
        var query = words.Trim();
        if (query.Length == 0)
        {
            context.Send("Name a room: |where|n, its id (|w#12|n) or its name.");
            return null;
        }

        if (query.Equals("here", StringComparison.OrdinalIgnoreCase))
        {
            return await Directory(context).GetAsync(context.Location) ?? new DirectoryEntry(context.Location, "here", []);
        }

        var found = await Directory(context).FindAsync(query, ObjectKind.Room, 10);
        var exact = found.Where(e => e.Ref.Key.Equals(query, StringComparison.OrdinalIgnoreCase) || e.Name.Equals(query, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count == 1 || (exact.Count == 0 && found.Length == 1))
        {
            return exact.Count == 1 ? exact[0] : found[0];
        }

        context.Send(found.IsEmpty
            ? $"There is no room '{Text.Markup.Escape(query)}'. |w@rooms|n lists them."
            : $"Which room? {string.Join(", ", found.Select(e => $"|w{Text.Markup.Escape(e.Ref.Key)}|n ({Text.Markup.Escape(e.Name)})"))}.");
        return null;
    }

    /// <summary>How builder commands show an object: its name and id.</summary>
    public static string Shown(ObjectSnapshot thing) => $"{Text.Markup.Escape(thing.Name)} ({Text.Markup.Escape(thing.Id)})";

    /// <summary>How builder commands show a directory entry: its name and id.</summary>
    public static string Shown(DirectoryEntry entry) => $"{Text.Markup.Escape(entry.Name)} ({Text.Markup.Escape(entry.Ref.Key)})";

    private static async Task<ObjectRef?> RefOfAsync(ICharacterContext context, string query)
    {
        switch (query.ToLowerInvariant())
        {
            case "here":
                return context.Location;
            case "me" or "self":
                return context.Self;
        }

        if (query.StartsWith('*'))
        {
            // A character anywhere, by name, as Evennia writes it: *alice.
            var key = query[1..].Trim().ToLowerInvariant();
            return key == context.Key ? context.Self
                : key.Length > 0 && await context.Grains.GetGrain<Characters.ICharacterGrain>(key).GetInfoAsync() is not null
                ? ObjectRef.Character(key)
                : Missing(context, $"There is no character called {Text.Markup.Escape(query[1..].Trim())}.");
        }

        if (query.StartsWith('#'))
        {
            return await ByIdAsync(context, query) ?? Missing(context, $"There is no object {Text.Markup.Escape(query)}.");
        }

        var contents = await context.Room.GetContentsAsync();
        var people = (await context.Room.GetPlayersAsync()).Select(p => new ObjectSummary(p.Key, ObjectKind.Character, p.Name, [], LockSet.None));
        ObjectMatch? several = null;
        foreach (var group in new IEnumerable<ObjectSummary>[] { context.Inventory, contents, people })
        {
            var match = ObjectMatcher.Match(group, query);
            if (match.Found is { } found)
            {
                return found.Ref;
            }

            several ??= match.Choices.IsDefaultOrEmpty ? null : match;
        }

        if (several is not null)
        {
            return Missing(context, several.Problem());
        }

        // Rooms of the world data are known by their id (village-square) rather than a number.
        return await ByIdAsync(context, query) ?? Missing(context, ObjectMatch.None(query).Problem());
    }

    private static async Task<ObjectRef?> ByIdAsync(ICharacterContext context, string id) =>
        (await Directory(context).FindAsync(id, null, 10)).FirstOrDefault(e => e.Ref.Key.Equals(id, StringComparison.OrdinalIgnoreCase))?.Ref;

    private static ObjectRef? Missing(ICharacterContext context, string problem)
    {
        context.Send(problem);
        return null;
    }
}
