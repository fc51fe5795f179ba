using System.Collections.Immutable;
using Mud.Help;

namespace Mud.WebPortal.Services;

/// <summary>The in-game help entries, asked of the game on each visit.</summary>
public sealed class HelpService(GameCalls game)
{
    public Task<Answer<ImmutableArray<HelpEntry>>> GetEntriesAsync(CancellationToken cancellationToken = default) =>
        game.ReadAsync(c => c.GetGrain<IHelpGrain>(0).GetEntriesAsync(), cancellationToken);
}
