using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mud.Help;

/// <summary>Help topics builders write in the game (<c>@help</c>), beside the entries generated from commands. Single grain, key 0, stored.</summary>
public interface IHelpTopicsGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or replaces a topic; returns the problem, or null.</summary>
    Task<string?> SetAsync(HelpTopic topic);

    /// <summary>Removes a topic; false if there was none.</summary>
    Task<bool> RemoveAsync(string key);

    /// <summary>The topic a word names (its key or an alias), or null.</summary>
    [ReadOnly]
    Task<HelpTopic?> FindAsync(string word);

    /// <summary>Every topic, by key.</summary>
    [ReadOnly]
    Task<ImmutableArray<HelpTopic>> GetAllAsync();
}

/// <summary>A help topic a builder wrote: its key, other words for it, a category, the text (colour markup) and who wrote it last.</summary>
[GenerateSerializer, Immutable, Alias("HelpTopic")]
public sealed record HelpTopic(
    [property: Id(0)] string Key,
    [property: Id(1)] ImmutableArray<string> Aliases,
    [property: Id(2)] string Category,
    [property: Id(3)] string Text,
    [property: Id(4)] string Author);
