using Microsoft.Extensions.Options;

namespace Mud.Portal.Mssp;

/// <summary>What the MUD tells crawlers besides the figures the game knows (configuration section <c>Mud:Mssp</c>).</summary>
public sealed class MsspOptions
{
    public const string Section = "Mud:Mssp";

    /// <summary>
    /// Extra variables by name (<c>Mud:Mssp:Variables:GENRE=Fantasy</c>); one with the name of a built-in variable
    /// (<c>CRAWL DELAY</c>, <c>CODEBASE</c>...) replaces it. Names are upper-cased.
    /// </summary>
    public Dictionary<string, string> Variables { get; set; } = [];
}

/// <summary>MSSP names and values may not contain the protocol's marker bytes, nor the plain-text form's tab and line breaks.</summary>
internal sealed class MsspOptionsValidator : IValidateOptions<MsspOptions>
{
    public ValidateOptionsResult Validate(string? name, MsspOptions options)
    {
        var bad = options.Variables
            .Where(v => v.Key.Trim().Length == 0 || HasControl(v.Key) || HasControl(v.Value))
            .Select(v => $"{MsspOptions.Section}:Variables:{v.Key}")
            .ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{string.Join(", ", bad)}: an MSSP variable needs a name, and neither name nor value may contain control characters (tab, line breaks, bytes 0-2).");
    }

    private static bool HasControl(string text) => text.Any(char.IsControl);
}
