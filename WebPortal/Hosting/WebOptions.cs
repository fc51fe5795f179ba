using System.ComponentModel.DataAnnotations;

namespace Mud.WebPortal.Hosting;

/// <summary>The web site (configuration section <c>Mud:Web</c>). It listens on <c>Mud:BindAddress</c>.</summary>
public sealed class WebOptions : IValidatableObject
{
    public const string Section = "Mud:Web";

    /// <summary>The HTTP port; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 8080;

    /// <summary>Reverse proxies whose forwarded headers are believed (see <see cref="Hosting.TrustedProxies"/>).</summary>
    public string TrustedProxies { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Hosting.TrustedProxies.Parse(TrustedProxies).Problem is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(TrustedProxies)]);
        }
    }
}
