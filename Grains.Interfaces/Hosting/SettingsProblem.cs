using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mud.Hosting;

/// <summary>
/// Turns a start that failed on an invalid setting into the one line an operator needs: the setting's full
/// name and what is wrong with it, with no stack trace.
/// </summary>
public static partial class SettingsProblem
{
    /// <summary>
    /// Validates every option registered with <c>ValidateOnStart</c> now, before the host starts (the host's
    /// own report of a failed start carries a stack trace).
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is invalid; <see cref="Describe"/> says which.</exception>
    public static void ValidateSettings(this IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>One line describing the invalid settings behind <paramref name="failure"/>, or null when it is not about settings.</summary>
    public static string? Describe(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var line = failure switch
        {
            OptionsValidationException invalid => string.Join(" ", invalid.Failures.Select(f => Rewrite(invalid.OptionsType, f))),
            AggregateException many when many.InnerExceptions.All(e => Describe(e) is not null) =>
                string.Join(" ", many.InnerExceptions.Select(Describe)),

            // The configuration binder's message names the setting and the value: "Failed to convert configuration value 'x' at 'Mud:Telnet:Port' ...".
            InvalidOperationException binding when binding.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => binding.Message,
            _ => null,
        };
        return line?.ReplaceLineEndings(" ");
    }

    /// <summary>
    /// "DataAnnotation validation failed for 'TelnetOptions' members: 'Port' with the error: 'The field Port must be ...'."
    /// becomes "Mud:Telnet:Port must be ...", using the options class's <c>Section</c> constant.
    /// </summary>
    private static string Rewrite(Type options, string failure)
    {
        var match = DataAnnotationFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var member = match.Groups["member"].Value;
        var error = match.Groups["error"].Value;
        var section = options.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        var setting = section is null ? member : $"{section}:{member}";
        if (error.Contains(setting, StringComparison.Ordinal))
        {
            return error;
        }

        var field = $"The field {member}";
        return error.StartsWith(field, StringComparison.Ordinal) ? setting + error[field.Length..] : $"{setting}: {error}";
    }

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '(?<member>[^']*)' with the error: '(?<error>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
