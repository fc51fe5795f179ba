using System.Collections.Immutable;
using Mud.Accounts;
using Mud.Objects;
using Mud.Rooms;

namespace Mud.Characters;

/// <summary>
/// The character as an object: builders' edits, locks, and the inventory it holds. Moves of objects into and out of
/// the inventory follow one order: the object stores its new place, the new holder adds it, and only then the old
/// holder lets it go. A failure between steps leaves the object listed twice at worst, never nowhere, and running the
/// same command again (the Portal re-runs a command cut short by a silo failure) finishes the hand-over.
/// </summary>
public sealed partial class CharacterGrain
{
    // How often each object has been added to this inventory in this activation: a hand-over compares it before and
    // after, to see whether the object came back while it was being handed over.
    private readonly Dictionary<string, int> _arrivals = [];

    public PermissionLevel Level { get; private set; }

    public ObjectRef Self => ObjectRef.Character(Key);

    public ObjectRef Location => ObjectRef.Room(character.State.Location);

    public IReadOnlyList<ObjectSummary> Inventory => character.State.Inventory;

    public Accessor Accessor => new(
        Key,
        Name,
        character.State.AccountName,
        Level,
        [.. character.State.Inventory],
        Attributes,
        character.State.Core.TagList);

    // Locks may ask for the character's level (attr(level, 5, ge)) without anyone having set it as an attribute.
    private ImmutableSortedDictionary<string, AttributeValue> Attributes =>
        character.State.Core.AttributeMap.SetItem("level", AttributeValue.Of(Vitals.Level));

    public Task<ObjectSnapshot?> GetSnapshotAsync()
    {
        if (!character.RecordExists)
        {
            return Task.FromResult<ObjectSnapshot?>(null);
        }

        var core = character.State.Core;
        return Task.FromResult<ObjectSnapshot?>(new ObjectSnapshot(
            Key, ObjectKind.Character, Name, core.AliasList, character.State.Description, core.AttributeMap, core.TagList, core.LockSet,
            Location, [.. character.State.Inventory], Behaviours: []));
    }

    public async Task<EditResult> EditAsync(ObjectEdit edit)
    {
        if (!character.RecordExists)
        {
            return EditResult.Refused("There is no such character.");
        }

        var problem = edit switch
        {
            Rename { Aliases: null } => "A character keeps the name it was created with.",
            Describe describe => rules.DescriptionProblem(describe.Description) ?? SetDescription(describe.Description),
            SetBehaviour => "Characters do not take behaviours; attach them to objects.",
            Relink or SetArea => "That applies to exits and rooms only.",
            _ => character.State.Core.Apply(edit),
        };
        if (problem is not null)
        {
            return EditResult.Refused(problem);
        }

        await _writes.WriteAsync();
        return EditResult.Done((await GetSnapshotAsync())!);
    }

    public async Task AddContentAsync(ObjectSummary content)
    {
        _arrivals[content.Id] = _arrivals.GetValueOrDefault(content.Id) + 1;
        if (!HeldContents.Put(character.State.Inventory, content))
        {
            return;
        }

        await _writes.WriteAsync();
        ReportToWatchers();
    }

    public async Task RemoveContentAsync(string id)
    {
        var removed = character.State.Inventory.Find(c => c.Id == id);
        if (removed is not null)
        {
            character.State.Inventory.Remove(removed);
            await _writes.WriteAsync();
            ReportToWatchers();
        }
    }

    public Task<ImmutableArray<ObjectSummary>> GetContentsAsync() => Task.FromResult<ImmutableArray<ObjectSummary>>([.. character.State.Inventory]);

    public async Task<MoveResult> TakeAsync(ObjectSummary item, ObjectRef from)
    {
        var result = await GrainFactory.GetGrain<IObjectGrain>(item.Id).MoveAsync(new ObjectMove(from, Self, Accessor));
        if (result.Moved is { } moved)
        {
            await AddContentAsync(moved);
            await HolderOf(from).RemoveContentAsync(item.Id);
        }
        else if (result.Refusal is MoveRefusal.NotThere or MoveRefusal.Gone)
        {
            // What the holder listed was out of date: bring it in line with the object.
            await ForgetIfElsewhereAsync(item.Id, from);
        }

        return result;
    }

    public async Task<MoveResult> HandOverAsync(ObjectSummary item, ObjectRef to)
    {
        var arrivals = _arrivals.GetValueOrDefault(item.Id);
        var result = await GrainFactory.GetGrain<IObjectGrain>(item.Id).MoveAsync(new ObjectMove(Self, to, By: null));
        if (result.Moved is { } moved)
        {
            await HolderOf(to).AddContentAsync(moved);
            // The receiver may already have handed it back (its AddContentAsync found it still listed here): letting go
            // blindly would leave it listed nowhere. Only then is the object asked where it is.
            if (_arrivals.GetValueOrDefault(item.Id) == arrivals)
            {
                await RemoveContentAsync(item.Id);
            }
            else
            {
                await ForgetIfElsewhereAsync(item.Id, Self);
            }
        }
        else if (result.Refusal is MoveRefusal.NotThere or MoveRefusal.Gone)
        {
            await ForgetIfElsewhereAsync(item.Id, Self);
        }

        return result;
    }

    private async Task ForgetIfElsewhereAsync(string id, ObjectRef holder)
    {
        var actual = await GrainFactory.GetGrain<IObjectGrain>(id).GetLocationAsync();
        if (actual != holder)
        {
            await HolderOf(holder).RemoveContentAsync(id);
        }
    }

    // Calls to itself are made directly: a grain calling its own reference would wait on its own turn.
    public IObjectHolderGrain HolderOf(ObjectRef holder) => holder == Self ? this : GrainFactory.GetHolder(holder);

    public IGameObjectGrain ObjectOf(ObjectRef target) => target == Self ? this : GrainFactory.GetObject(target);

    private string? SetDescription(string description)
    {
        character.State.Description = rules.DescriptionToStore(description);
        return null;
    }
}
