using System.Collections.Immutable;

namespace Mud.Objects;

/// <summary>
/// Finds what a player means by a word among the objects in reach: <c>sword</c>, <c>rusty</c> (a word of the name),
/// <c>2.sword</c> (the second of several), <c>#12</c> (by id). Exact names and aliases win over partial ones.
/// </summary>
public static class ObjectMatcher
{
    /// <summary>Matches <paramref name="query"/> against <paramref name="candidates"/>, in their order.</summary>
    public static ObjectMatch Match(IEnumerable<ObjectSummary> candidates, string query)
    {
        var (ordinal, words) = SplitOrdinal(query.Trim());
        if (words.Length == 0)
        {
            return ObjectMatch.None(query);
        }

        var list = candidates as IReadOnlyList<ObjectSummary> ?? [.. candidates];
        List<ObjectSummary> found = words.StartsWith('#')
            ? [.. list.Where(c => c.Id.Equals(words, StringComparison.OrdinalIgnoreCase))]
            : [.. list.Where(c => c.IsCalled(words))];
        if (found.Count == 0 && !words.StartsWith('#'))
        {
            found = [.. list.Where(c => PartlyNamed(c, words))];
        }

        if (found.Count == 0)
        {
            return ObjectMatch.None(query);
        }

        if (ordinal is { } n)
        {
            return n <= found.Count ? ObjectMatch.One(found[n - 1]) : ObjectMatch.None(query);
        }

        // Several of the very same thing (three identical coins) are one choice, not a question.
        return found.Count == 1 || found.All(f => f.Name.Equals(found[0].Name, StringComparison.OrdinalIgnoreCase))
            ? ObjectMatch.One(found[0])
            : ObjectMatch.Several(query, [.. found]);
    }

    /// <summary><c>2.sword</c> is (2, sword); <c>sword</c> is (null, sword). A zero or negative ordinal is no ordinal.</summary>
    public static (int? Ordinal, string Words) SplitOrdinal(string query)
    {
        var dot = query.IndexOf('.');
        return dot > 0 && int.TryParse(query.AsSpan(0, dot), out var n) && n > 0
            ? (n, query[(dot + 1)..].Trim())
            : (null, query);
    }

    // Every word typed starts a word of the name or of an alias: "rusty sw" finds "a rusty sword".
    private static bool PartlyNamed(ObjectSummary candidate, string words)
    {
        var typed = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return candidate.Aliases.Prepend(candidate.Name).Any(name =>
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return typed.All(t => parts.Any(p => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)));
        });
    }
}

/// <summary>What a word matched: one object, none, or several to choose from (with the message that says so).</summary>
public sealed record ObjectMatch(ObjectSummary? Found, ImmutableArray<ObjectSummary> Choices, string Query)
{
    public static ObjectMatch One(ObjectSummary found) => new(found, [], "");

    public static ObjectMatch None(string query) => new(null, [], query);

    public static ObjectMatch Several(string query, ImmutableArray<ObjectSummary> choices) => new(null, choices, query);

    /// <summary>The message for a player when there is not exactly one: "You see no 'x' here." or a numbered choice.</summary>
    public string Problem(string where = "here")
    {
        if (Choices.IsDefaultOrEmpty)
        {
            return $"You see no '{Text.Markup.Escape(Query)}' {where}.";
        }

        var (_, words) = ObjectMatcher.SplitOrdinal(Query);
        var options = Choices.Select((c, i) => $"|w{i + 1}.{Text.Markup.Escape(words)}|n ({Text.Markup.Escape(c.Name)})");
        return $"Which '{Text.Markup.Escape(words)}'? {string.Join(", ", options)}.";
    }
}
