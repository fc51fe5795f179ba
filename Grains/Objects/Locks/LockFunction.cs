using System.Collections.Frozen;
using System.Collections.Immutable;
using Mud.Accounts;

namespace Mud.Objects.Locks;

/// <summary>
/// The functions a lock may call. Each checks its arguments when the lock is set, so a builder hears of a typo at once,
/// and evaluates against an <see cref="Accessor"/>.
/// </summary>
public sealed class LockFunction
{
    private readonly Func<Accessor, ImmutableArray<string>, bool> _evaluate;
    private readonly Func<ImmutableArray<string>, string?> _check;

    private LockFunction(string name, string usage, Func<ImmutableArray<string>, string?> check, Func<Accessor, ImmutableArray<string>, bool> evaluate)
    {
        Name = name;
        Usage = usage;
        _check = check;
        _evaluate = evaluate;
    }

    public string Name { get; }

    /// <summary>How it is written, with what it means, for help and error messages.</summary>
    public string Usage { get; }

    public static readonly FrozenDictionary<string, LockFunction> All = new LockFunction[]
    {
        new("all", "all() - always passes", Arguments(0), (_, _) => true),
        new("none", "none() - never passes", Arguments(0), (_, _) => false),
        new("perm", "perm(Builder) - the account has at least this permission level", LevelArgument, (a, args) => a.Level >= Level(args[0])),
        new("perm_above", "perm_above(Builder) - the account has a higher permission level than this", LevelArgument, (a, args) => a.Level > Level(args[0])),
        new("id", "id(alice) - the character with this key, or the object with this id", Arguments(1), (a, args) => a.Key.Equals(args[0], StringComparison.OrdinalIgnoreCase)),
        new("account", "account(alice) - a character of this account", Arguments(1), (a, args) => a.AccountName.Equals(args[0], StringComparison.OrdinalIgnoreCase)),
        new("holds", "holds(key) - carries an object with this name, alias or id", Arguments(1), (a, args) => a.Holding.Any(h => h.Id.Equals(args[0], StringComparison.OrdinalIgnoreCase) || h.IsCalled(args[0]))),
        new("tag", "tag(guard) - has this tag", Arguments(1), (a, args) => a.Tags.Contains(args[0], StringComparer.OrdinalIgnoreCase)),
        new("attr", "attr(name[, value[, eq|ne|gt|ge|lt|le]]) - has the attribute (set and not false), or compares it", AttributeArguments, EvaluateAttribute),
    }.ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public string? Check(ImmutableArray<string> arguments) => _check(arguments);

    public bool Evaluate(Accessor accessor, ImmutableArray<string> arguments) => _evaluate(accessor, arguments);

    private static Func<ImmutableArray<string>, string?> Arguments(int count) =>
        args => args.Length == count ? null : $"takes {count} argument{(count == 1 ? "" : "s")}";

    private static string? LevelArgument(ImmutableArray<string> args) =>
        args.Length != 1 ? "takes 1 argument"
        : Enum.TryParse<PermissionLevel>(args[0], ignoreCase: true, out var level) && Enum.IsDefined(level) && !char.IsDigit(args[0][0]) ? null
        : $"'{args[0]}' is not a permission level ({string.Join(", ", Enum.GetNames<PermissionLevel>())})";

    private static PermissionLevel Level(string name) => Enum.Parse<PermissionLevel>(name, ignoreCase: true);

    private static readonly FrozenSet<string> Comparisons = new[] { "eq", "ne", "gt", "ge", "lt", "le" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static string? AttributeArguments(ImmutableArray<string> args) =>
        args.Length is < 1 or > 3 ? "takes 1 to 3 arguments"
        : args.Length == 3 && !Comparisons.Contains(args[2]) ? $"'{args[2]}' is not a comparison (eq, ne, gt, ge, lt, le)"
        : null;

    private static bool EvaluateAttribute(Accessor accessor, ImmutableArray<string> args)
    {
        if (!accessor.Attributes.TryGetValue(args[0], out var value))
        {
            return false;
        }

        if (args.Length == 1)
        {
            return !(value.Type == AttributeType.Boolean && value.Text == "false");
        }

        var wanted = AttributeValue.Parse(args[1]);
        var comparison = args.Length == 3 ? args[2].ToLowerInvariant() : "eq";
        int order;
        if (value.AsNumber is { } have && wanted.AsNumber is { } want)
        {
            order = have.CompareTo(want);
        }
        else
        {
            order = string.Compare(value.Text, wanted.Text, StringComparison.OrdinalIgnoreCase);
        }

        return comparison switch
        {
            "eq" => order == 0,
            "ne" => order != 0,
            "gt" => order > 0,
            "ge" => order >= 0,
            "lt" => order < 0,
            _ => order <= 0,
        };
    }
}
