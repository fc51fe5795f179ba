using System.Collections.Immutable;

namespace Mud.Objects.Locks;

/// <summary>
/// A parsed lock expression: lock functions (<c>perm(Builder)</c>, <c>holds(key)</c>, <c>attr(level, 5, ge)</c> ...)
/// joined by <c>and</c>, <c>or</c>, <c>not</c> and parentheses. Parse once with <see cref="Parse"/>; a malformed
/// expression is refused with a message when a builder sets it, so a stored lock always parses.
/// </summary>
public abstract record LockExpression
{
    public abstract bool Allows(Accessor accessor);

    /// <summary>Parses an expression, or explains what is wrong with it.</summary>
    public static LockParse Parse(string text) => LockParser.Parse(text);

    internal sealed record Or(LockExpression Left, LockExpression Right) : LockExpression
    {
        public override bool Allows(Accessor accessor) => Left.Allows(accessor) || Right.Allows(accessor);
    }

    internal sealed record And(LockExpression Left, LockExpression Right) : LockExpression
    {
        public override bool Allows(Accessor accessor) => Left.Allows(accessor) && Right.Allows(accessor);
    }

    internal sealed record Not(LockExpression Inner) : LockExpression
    {
        public override bool Allows(Accessor accessor) => !Inner.Allows(accessor);
    }

    internal sealed record Call(LockFunction Function, ImmutableArray<string> Arguments) : LockExpression
    {
        public override bool Allows(Accessor accessor) => Function.Evaluate(accessor, Arguments);
    }
}

/// <summary>The result of parsing a lock: the expression, or the problem for the builder.</summary>
public sealed record LockParse(LockExpression? Expression, string? Problem);
