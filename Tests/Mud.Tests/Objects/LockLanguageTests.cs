using System.Collections.Immutable;
using Mud.Accounts;
using Mud.Objects;
using Mud.Objects.Locks;

namespace Mud.Tests.Objects;

[Trait("Category", "Unit")]
public sealed class LockLanguageTests
{
    private static readonly ObjectSummary IronKey = new("#1", ObjectKind.Item, "an iron key", ["key", "iron key"], LockSet.None, Tags: []);

    private static Accessor Someone(PermissionLevel level = PermissionLevel.Player, ImmutableArray<ObjectSummary> holding = default, long level5 = 1, params string[] tags) =>
        new("alice", "Alice", "alice", level, holding.IsDefault ? [] : holding,
            ImmutableSortedDictionary<string, AttributeValue>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase).Add("level", AttributeValue.Of(level5)).Add("guild", AttributeValue.Of("thieves")),
            [.. tags]);

    private static bool Allows(string expression, Accessor accessor)
    {
        var parse = LockExpression.Parse(expression);
        Assert.Null(parse.Problem);
        return parse.Expression!.Allows(accessor);
    }

    [Theory]
    [InlineData("all()", true)]
    [InlineData("none()", false)]
    [InlineData("perm(Player)", true)]
    [InlineData("perm(Builder)", false)]
    [InlineData("not perm(Builder)", true)]
    [InlineData("perm(builder) or all()", true)]
    [InlineData("all() and none()", false)]
    [InlineData("not (all() and none())", true)]
    [InlineData("none() or all() and none()", false)]
    [InlineData("id(alice)", true)]
    [InlineData("id(bob)", false)]
    [InlineData("account(ALICE)", true)]
    [InlineData("tag(guard)", false)]
    [InlineData("attr(guild)", true)]
    [InlineData("attr(guild, thieves)", true)]
    [InlineData("attr(guild, thieves, ne)", false)]
    [InlineData("attr(missing)", false)]
    public void Functions_AndOperators_EvaluateAsWritten(string expression, bool expected) =>
        Assert.Equal(expected, Allows(expression, Someone()));

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(12, true)]
    public void Attr_ComparesNumbersAsNumbers(long level, bool expected) =>
        Assert.Equal(expected, Allows("attr(level, 5, ge)", Someone(level5: level)));

    [Fact]
    public void Holds_MatchesNameAliasOrId_OfWhatTheAccessorCarries()
    {
        Assert.False(Allows("holds(iron key)", Someone()));
        Assert.True(Allows("holds(iron key)", Someone(holding: [IronKey])));
        Assert.True(Allows("holds(KEY)", Someone(holding: [IronKey])));
        Assert.True(Allows("holds(#1)", Someone(holding: [IronKey])));
    }

    [Fact]
    public void Perm_IsAHierarchy()
    {
        Assert.True(Allows("perm(Builder)", Someone(PermissionLevel.Developer)));
        Assert.True(Allows("perm(Builder)", Someone(PermissionLevel.Builder)));
        Assert.False(Allows("perm_above(Builder)", Someone(PermissionLevel.Builder)));
        Assert.False(Allows("perm(Admin)", Someone(PermissionLevel.Helper)));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("perm(Wizard)", "not a permission level")]
    [InlineData("perm(3)", "not a permission level")]
    [InlineData("frobnicate(x)", "not a lock function")]
    [InlineData("perm(Builder", "Expected ')'")]
    [InlineData("perm(Builder))", "Unexpected ')'")]
    [InlineData("all() and", "at the end")]
    [InlineData("attr(level, 5, around)", "not a comparison")]
    [InlineData("holds()", "takes 1 argument")]
    [InlineData("all(); none()", "cannot appear")]
    public void MalformedLocks_AreRefusedWithAReason(string expression, string reason)
    {
        var parse = LockExpression.Parse(expression);
        Assert.Null(parse.Expression);
        Assert.Contains(reason, parse.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedLocks_AreRefused_NotOverflowed()
    {
        var parse = LockExpression.Parse(string.Concat(Enumerable.Repeat("not ", 200)) + "all()");
        Assert.NotNull(parse.Problem);
    }

    [Fact]
    public void Defaults_LetItemsBeTakenAndExitsBeTraversed_AndKeepEditingToBuilders()
    {
        var player = Someone();
        Assert.True(Locks.Allows(ObjectKind.Item, LockSet.None, "get", player));
        Assert.False(Locks.Allows(ObjectKind.Exit, LockSet.None, "get", player));
        Assert.True(Locks.Allows(ObjectKind.Exit, LockSet.None, "traverse", player));
        Assert.False(Locks.Allows(ObjectKind.Item, LockSet.None, "edit", player));
        Assert.True(Locks.Allows(ObjectKind.Item, LockSet.None, "edit", Someone(PermissionLevel.Builder)));
        Assert.False(Locks.Allows(ObjectKind.Item, LockSet.None.With("get", "none()"), "get", player));
    }
}
