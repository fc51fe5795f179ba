using System.Collections.Immutable;
using System.Globalization;

namespace Mud.Objects;

[GrainType("object-directory")]
public sealed class ObjectDirectoryGrain(
    [PersistentState("object-directory", "store")] IPersistentState<ObjectDirectoryState> directory) : Grain, IObjectDirectoryGrain
{
    private Dictionary<string, DirectoryEntry> Entries => directory.State.Entries;

    public async Task<ImmutableArray<string>> NewIdsAsync(int count)
    {
        var first = directory.State.LastId + 1;
        directory.State.LastId += Math.Clamp(count, 1, 100_000);
        await directory.WriteStateAsync();
        return [.. Enumerable.Range(0, (int)(directory.State.LastId - first + 1)).Select(i => "#" + (first + i).ToString(CultureInfo.InvariantCulture))];
    }

    public async Task RegisterAsync(ImmutableArray<DirectoryEntry> entries)
    {
        var changed = false;
        foreach (var entry in entries)
        {
            var key = KeyOf(entry.Ref);
            if (entry.Ref.Key.StartsWith('#') && long.TryParse(entry.Ref.Key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > directory.State.LastId)
            {
                // An id that came from elsewhere (an imported world) is never handed out again.
                directory.State.LastId = number;
                changed = true;
            }

            if (!Entries.TryGetValue(key, out var known) || known.Name != entry.Name || known.Place != entry.Place || !known.Aliases.SequenceEqual(entry.Aliases))
            {
                Entries[key] = entry;
                changed = true;
            }
        }

        if (changed)
        {
            await directory.WriteStateAsync();
        }
    }

    public async Task RemoveAsync(ObjectRef target)
    {
        if (Entries.Remove(KeyOf(target)))
        {
            await directory.WriteStateAsync();
        }
    }

    public Task<DirectoryEntry?> GetAsync(ObjectRef target) => Task.FromResult(Entries.GetValueOrDefault(KeyOf(target)));

    public Task<ImmutableArray<DirectoryEntry>> FindAsync(string query, ObjectKind? kind, int limit)
    {
        var text = query.Trim();
        var candidates = Entries.Values.Where(e => kind is null || e.Ref.Kind == kind).ToList();
        IEnumerable<DirectoryEntry> found = text.StartsWith('#')
            ? candidates.Where(e => e.Ref.Key.Equals(text, StringComparison.OrdinalIgnoreCase))
            : candidates.Where(e => Named(e, text, (n, q) => n.Equals(q, StringComparison.OrdinalIgnoreCase)) || e.Ref.Key.Equals(text, StringComparison.OrdinalIgnoreCase))
                .Concat(candidates.Where(e => Named(e, text, (n, q) => n.StartsWith(q, StringComparison.OrdinalIgnoreCase))))
                .Concat(candidates.Where(e => Named(e, text, (n, q) => n.Contains(q, StringComparison.OrdinalIgnoreCase))));
        return Task.FromResult<ImmutableArray<DirectoryEntry>>([.. found.Distinct().Take(Math.Max(1, limit))]);
    }

    public Task<ImmutableArray<DirectoryEntry>> ListAsync(ObjectKind? kind) => Task.FromResult<ImmutableArray<DirectoryEntry>>(
        [.. Entries.Values.Where(e => kind is null || e.Ref.Kind == kind).OrderBy(e => e.Ref.Kind).ThenBy(e => e.Place, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)]);

    private static bool Named(DirectoryEntry entry, string query, Func<string, string, bool> test) =>
        test(entry.Name, query) || entry.Aliases.Any(a => test(a, query));

    private static string KeyOf(ObjectRef target) => $"{target.Kind}:{target.Key}";
}
