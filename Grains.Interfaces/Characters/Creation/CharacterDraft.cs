using System.Collections.Immutable;

namespace Mud.Characters.Creation;

/// <summary>
/// A character as a player asks for it, from the web wizard or the in-game <c>charcreate</c>. Nothing in it
/// is trusted: the silo checks every field against <see cref="CreationOptions"/> before creating anything.
/// </summary>
/// <param name="Name">The character's name (the account and character name rules apply).</param>
/// <param name="Race">A race key from <see cref="CreationOptions.Races"/>.</param>
/// <param name="Class">A class key from <see cref="CreationOptions.Classes"/>.</param>
/// <param name="Points">Points spent per stat key on top of the base and race bonus; a missing stat is 0.</param>
/// <param name="Description">What others see on <c>look</c>; blank takes the default description.</param>
[GenerateSerializer, Immutable, Alias("CharacterDraft")]
public sealed record CharacterDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] string Race,
    [property: Id(2)] string Class,
    [property: Id(3)] ImmutableDictionary<string, int> Points,
    [property: Id(4)] string Description)
{
    /// <summary>The points spent on one stat.</summary>
    public int PointsFor(string stat) => Points.GetValueOrDefault(stat);
}
