using System.Collections.Immutable;

namespace Mud.Help;

/// <summary>The in-game help entries (generated from the commands) for front ends such as the web site. A stateless worker, key 0.</summary>
public interface IHelpGrain : IGrainWithIntegerKey
{
    /// <summary>Every command once, sorted by category and key, then the topics builders wrote (<see cref="IHelpTopicsGrain"/>).</summary>
    Task<ImmutableArray<HelpEntry>> GetEntriesAsync();
}

/// <summary>One command's help, as <c>help &lt;command&gt;</c> shows it in the game.</summary>
/// <param name="Help">Usage and details in colour markup.</param>
/// <param name="UsableWhen">Where the command works: any of "login", "account" (out of character) and "character"; "topic" for a builder's topic.</param>
[GenerateSerializer, Immutable, Alias("HelpEntry")]
public sealed record HelpEntry(
    [property: Id(0)] string Key,
    [property: Id(1)] ImmutableArray<string> Aliases,
    [property: Id(2)] string Category,
    [property: Id(3)] string Summary,
    [property: Id(4)] string Help,
    [property: Id(5)] ImmutableArray<string> UsableWhen);
