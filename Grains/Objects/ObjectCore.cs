using System.Collections.Immutable;
using Mud.Objects.Locks;

namespace Mud.Objects;

/// <summary>
/// What every kind of object stores besides its own fields: aliases, attributes, tags and locks. Part of the
/// state of room, character and object grains alike, with the edits they all share applied in one place.
/// </summary>
public sealed class ObjectCore
{
    public const int MaxAttributes = 100;
    public const int MaxAttributeValueLength = 2000;
    public const int MaxTags = 50;
    public const int MaxAliases = 10;

    public List<string> Aliases { get; set; } = [];

    public SortedDictionary<string, AttributeValue> Attributes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Tags { get; set; } = [];

    public SortedDictionary<string, string> Locks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Behaviours { get; set; } = [];

    public ImmutableArray<string> AliasList => [.. Aliases];

    public ImmutableSortedDictionary<string, AttributeValue> AttributeMap => Attributes.ToImmutableSortedDictionary(StringComparer.OrdinalIgnoreCase);

    public ImmutableArray<string> TagList => [.. Tags];

    public LockSet LockSet => new(Locks.ToImmutableSortedDictionary(StringComparer.OrdinalIgnoreCase));

    public ImmutableArray<string> BehaviourList => [.. Behaviours];

    /// <summary>Takes the shared fields of a definition (seeding, import, spawning).</summary>
    public static ObjectCore From(ObjectSnapshot definition) => new()
    {
        Aliases = [.. definition.Aliases.IsDefault ? [] : definition.Aliases],
        Attributes = new(definition.Attributes ?? ImmutableSortedDictionary<string, AttributeValue>.Empty, StringComparer.OrdinalIgnoreCase),
        Tags = [.. definition.Tags.IsDefault ? [] : definition.Tags],
        Locks = new(definition.Locks?.ByAccess ?? ImmutableSortedDictionary<string, string>.Empty, StringComparer.OrdinalIgnoreCase),
        Behaviours = [.. definition.Behaviours.IsDefault ? [] : definition.Behaviours],
    };

    /// <summary>
    /// Applies an edit to the shared fields: the problem when refused, else null. Edits of fields the grain keeps
    /// itself (name, description, destination) change nothing here; the grain applies those.
    /// </summary>
    public string? Apply(ObjectEdit edit)
    {
        switch (edit)
        {
            case Rename { Aliases: { } aliases }:
                var cleaned = aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (cleaned.Count > MaxAliases || cleaned.Any(a => a.Length > ObjectNames.MaxLength))
                {
                    return $"At most {MaxAliases} aliases of up to {ObjectNames.MaxLength} characters.";
                }

                Aliases = cleaned;
                return null;
            case SetAttribute set:
                if (ObjectNames.AttributeProblem(set.Name) is { } nameProblem)
                {
                    return nameProblem;
                }

                if (set.Value.Text.Length > MaxAttributeValueLength)
                {
                    return $"An attribute's value may be at most {MaxAttributeValueLength} characters.";
                }

                if (!Attributes.ContainsKey(set.Name) && Attributes.Count >= MaxAttributes)
                {
                    return $"An object may have at most {MaxAttributes} attributes.";
                }

                Attributes[set.Name.ToLowerInvariant()] = set.Value with { Text = Text.Markup.SanitizeInput(set.Value.Text) };
                return null;
            case RemoveAttribute remove:
                return Attributes.Remove(remove.Name.ToLowerInvariant()) ? null : $"There is no attribute '{remove.Name}'.";
            case WipeAttributes:
                Attributes.Clear();
                return null;
            case AddTag add:
                if (ObjectNames.AttributeProblem(add.Tag) is { } tagProblem)
                {
                    return tagProblem.Replace("An attribute", "A tag", StringComparison.Ordinal);
                }

                if (Tags.Contains(add.Tag, StringComparer.OrdinalIgnoreCase))
                {
                    return $"It is already tagged '{add.Tag}'.";
                }

                if (Tags.Count >= MaxTags)
                {
                    return $"An object may have at most {MaxTags} tags.";
                }

                Tags.Add(add.Tag.ToLowerInvariant());
                return null;
            case RemoveTag remove:
                return Tags.RemoveAll(t => t.Equals(remove.Tag, StringComparison.OrdinalIgnoreCase)) > 0 ? null : $"It has no tag '{remove.Tag}'.";
            case SetLock { Expression: null } unlock:
                return Locks.Remove(unlock.Access) ? null : $"It has no {unlock.Access} lock.";
            case SetLock set:
                if (!LockSet.AccessTypes.Contains(set.Access, StringComparer.OrdinalIgnoreCase))
                {
                    return $"'{set.Access}' is not an access type ({string.Join(", ", LockSet.AccessTypes)}).";
                }

                if (Objects.Locks.Locks.Problem(set.Expression) is { } lockProblem)
                {
                    return lockProblem;
                }

                Locks[set.Access.ToLowerInvariant()] = set.Expression.Trim();
                return null;
            case SetBehaviour { Attached: true } attach:
                if (Behaviours.Contains(attach.Behaviour, StringComparer.OrdinalIgnoreCase))
                {
                    return $"It already has the behaviour '{attach.Behaviour}'.";
                }

                Behaviours.Add(attach.Behaviour.ToLowerInvariant());
                return null;
            case SetBehaviour detach:
                return Behaviours.RemoveAll(b => b.Equals(detach.Behaviour, StringComparison.OrdinalIgnoreCase)) > 0 ? null : $"It has no behaviour '{detach.Behaviour}'.";
            default:
                return null;
        }
    }
}
