using System.Collections.Immutable;
using Mud.Accounts;

namespace Mud.Objects;

/// <summary>
/// Who is trying to get, traverse, edit or otherwise use an object, with everything a lock may ask about:
/// the account's permission level, what the character carries, its attributes and tags.
/// </summary>
[GenerateSerializer, Immutable, Alias("Accessor")]
public sealed record Accessor(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] string AccountName,
    [property: Id(3)] PermissionLevel Level,
    [property: Id(4)] ImmutableArray<ObjectSummary> Holding,
    [property: Id(5)] ImmutableSortedDictionary<string, AttributeValue> Attributes,
    [property: Id(6)] ImmutableArray<string> Tags)
{
    /// <summary>Someone with nothing but a permission level (a web page, an account out of character).</summary>
    public static Accessor OfAccount(string accountName, PermissionLevel level) =>
        new("", accountName, accountName, level, [], ImmutableSortedDictionary<string, AttributeValue>.Empty, []);
}
