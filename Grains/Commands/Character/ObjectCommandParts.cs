using Mud.Objects;

namespace Mud.Commands.Character;

/// <summary>What the object commands share: finding things in reach, and splitting "x from y", "x to y", "x in y".</summary>
internal static class ObjectCommandParts
{
    /// <summary>Items lying in the room (not exits).</summary>
    public static async Task<IReadOnlyList<ObjectSummary>> ItemsHereAsync(ICharacterContext context) =>
        [.. (await context.Room.GetContentsAsync()).Where(c => c.Kind == ObjectKind.Item)];

    /// <summary>Splits <c>sword to bob</c> at the first of <paramref name="words"/>; null when none is there.</summary>
    public static (string Left, string Right)? SplitAt(string arguments, params string[] words)
    {
        foreach (var word in words)
        {
            var marker = $" {word} ";
            var at = arguments.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return (arguments[..at].Trim(), arguments[(at + marker.Length)..].Trim());
            }
        }

        return null;
    }

    /// <summary>The one object a word means among <paramref name="candidates"/>, or null after telling the player why not.</summary>
    public static ObjectSummary? One(ICharacterContext context, IEnumerable<ObjectSummary> candidates, string query, string where)
    {
        var match = ObjectMatcher.Match(candidates, query);
        if (match.Found is null)
        {
            context.Send(match.Problem(where));
        }

        return match.Found;
    }

    /// <summary>Whether the text is <c>all</c> (every item in reach).</summary>
    public static bool IsAll(string text) => text.Equals("all", StringComparison.OrdinalIgnoreCase);

    /// <summary>A name escaped for showing to players.</summary>
    public static string Shown(ObjectSummary thing) => Text.Markup.Escape(thing.Name);
}
