using Microsoft.Extensions.Options;

namespace Mud.Settings;

/// <summary>Refuses combinations of game settings that contradict each other, naming the settings.</summary>
internal sealed class GameOptionsValidator : IValidateOptions<GameOptions>
{
    public ValidateOptionsResult Validate(string? name, GameOptions options) =>
        options.Mode == MultisessionMode.OneSession && options.CharacterLimit != 1
            ? ValidateOptionsResult.Fail(
                "Mud:MultisessionMode 0 allows one character per account, so Mud:MaxCharactersPerAccount must be 1 " +
                $"(it is {options.CharacterLimit}).")
            : ValidateOptionsResult.Success;
}
