using Mud.Characters;
using Mud.World;

namespace Mud.WebPortal.Services;

/// <summary>The game as the public pages see it: who is online, and the figures on the home page.</summary>
public sealed class GameStatus(GameCalls game)
{
    public async Task<OnlineList> GetOnlineAsync(CancellationToken cancellationToken = default)
    {
        var online = await game.ReadAsync(c => c.GetGrain<IPresenceGrain>(0).GetOnlineAsync(), cancellationToken);
        return online.IsAvailable ? new OnlineList(true, online.Value) : OnlineList.Unavailable;
    }

    /// <summary>Accounts, characters and since when the game is up; null when the game did not answer.</summary>
    public async Task<Census?> GetCensusAsync(CancellationToken cancellationToken = default) =>
        (await game.ReadAsync(c => c.GetGrain<ICensusGrain>(0).GetAsync(), cancellationToken)).Value;
}
