using System.Collections.Immutable;
using Mud.Commands;
using Orleans.Concurrency;

namespace Mud.Help;

/// <summary>The same entries as the in-game <c>help</c>: both are read from the command classes and the builders' topics.</summary>
[GrainType("help"), StatelessWorker]
public sealed class HelpGrain : Grain, IHelpGrain
{
    private static readonly Lazy<ImmutableArray<HelpEntry>> Entries = new(Build);

    public async Task<ImmutableArray<HelpEntry>> GetEntriesAsync() =>
    [
        .. Entries.Value,
        .. (await GrainFactory.GetGrain<IHelpTopicsGrain>(0).GetAllAsync()).Select(t => new HelpEntry(t.Key, t.Aliases, t.Category, $"Written by {t.Author}.", t.Text, ["topic"])),
    ];

    private static ImmutableArray<HelpEntry> Build()
    {
        var sets = new (string Where, IEnumerable<ICommandInfo> Commands)[]
        {
            ("login", CommandCatalog.Login.Commands),
            ("account", CommandCatalog.Account.Commands),
            ("character", CommandCatalog.Character.Commands),
        };

        // A command object shared by several sets (help, who, quit) is one entry; two different commands
        // with the same key (look at the login screen, out of character and in a room) are separate entries.
        return [.. sets
            .SelectMany(set => set.Commands.Select(command => (set.Where, Command: command)))
            .GroupBy(c => c.Command, ReferenceEqualityComparer.Instance)
            .Select(g => g.ToList())
            .Select(uses => (Info: uses[0].Command, Where: uses.Select(u => u.Where).ToImmutableArray()))
            .Select(c => new HelpEntry(c.Info.Key, [.. c.Info.Aliases], c.Info.Category, c.Info.Summary, c.Info.Help, c.Where))
            .OrderBy(e => e.Category, StringComparer.Ordinal)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ThenBy(e => e.UsableWhen[0], StringComparer.Ordinal)];
    }
}
