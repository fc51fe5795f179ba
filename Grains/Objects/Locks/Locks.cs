using System.Collections.Concurrent;

namespace Mud.Objects.Locks;

/// <summary>Checks an object's locks, falling back to the default of its kind for access types without one.</summary>
public static class Locks
{
    private static readonly ConcurrentDictionary<string, LockExpression> Parsed = new(StringComparer.Ordinal);

    /// <summary>The lock each kind of object has for an access type until a builder sets one.</summary>
    public static string DefaultFor(ObjectKind kind, string access) => (kind, access.ToLowerInvariant()) switch
    {
        (ObjectKind.Item, "get") => "all()",
        (_, "get") => "none()",
        (ObjectKind.Exit, "traverse" or "open") => "all()",
        (_, "traverse") => "none()",
        (ObjectKind.Character, "puppet") => "all()",
        _ => "perm(Builder)",
    };

    /// <summary>Whether <paramref name="accessor"/> passes the object's lock for <paramref name="access"/>.</summary>
    public static bool Allows(ObjectKind kind, LockSet locks, string access, Accessor accessor) =>
        Expression(locks.For(access) ?? DefaultFor(kind, access)).Allows(accessor);

    /// <summary>A clear refusal for a failed lock; builders may set their own with the <c>{access}_failmsg</c> attribute.</summary>
    public static string Refusal(string access, string name) => access switch
    {
        "get" => $"You cannot pick up {name}.",
        "traverse" => $"You cannot go through {name}: it is locked.",
        "open" or "close" => $"You cannot {access} {name}: it is locked.",
        "puppet" => $"You may not play {name}.",
        _ => $"You are not allowed to {access} {name}.",
    };

    /// <summary>Parses and checks a lock a builder typed; the problem, or null when it is good.</summary>
    public static string? Problem(string expression) => LockExpression.Parse(expression).Problem;

    // Stored locks always parsed when set; caching the parse keeps lock checks to a dictionary lookup.
    private static LockExpression Expression(string text)
    {
        if (Parsed.Count > 10_000)
        {
            Parsed.Clear();
        }

        return Parsed.GetOrAdd(text, static t => LockExpression.Parse(t).Expression ?? new LockExpression.Call(LockFunction.All["none"], []));
    }
}
