using System.Collections.Immutable;
using Mud.Characters;

namespace Mud.WebPortal.Services;

/// <summary>Who is in the game, or that the game could not be asked (it is restarting).</summary>
public sealed record OnlineList(bool IsAvailable, ImmutableArray<OnlineCharacter> Characters)
{
    public static OnlineList Unavailable { get; } = new(false, []);
}
