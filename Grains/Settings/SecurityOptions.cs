using System.ComponentModel.DataAnnotations;

namespace Mud.Settings;

/// <summary>Password hashing and login throttling (configuration section <c>Mud:Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Mud:Security";

    /// <summary>PBKDF2-SHA256 iterations for new hashes. OWASP's 2023 figure is 600,000; load tests may lower it.</summary>
    [Range(1_000, 10_000_000)]
    public int PasswordIterations { get; set; } = 600_000;

    [Range(6, 128)]
    public int MinimumPasswordLength { get; set; } = 8;

    /// <summary>Failed logins allowed per account or address within <see cref="FailureWindowSeconds"/> before a lockout.</summary>
    [Range(1, 1000)]
    public int MaxFailedLogins { get; set; } = 5;

    [Range(1, 86_400)]
    public int FailureWindowSeconds { get; set; } = 300;

    /// <summary>First lockout; each further failure while locked doubles it, up to an hour.</summary>
    [Range(1, 3_600)]
    public int LockoutSeconds { get; set; } = 30;

    /// <summary>
    /// PBKDF2 hashes computed at once (logins, creations, password changes); the rest wait their turn, so a flood
    /// of logins cannot take every thread. Unset: half the processors, at least one.
    /// </summary>
    [Range(1, 1_024)]
    public int? MaxConcurrentPasswordHashes { get; set; }

    /// <summary>Accounts one address (an IPv6 client's whole /64) may create within <see cref="AccountCreationWindowMinutes"/>.</summary>
    [Range(1, 100_000)]
    public int MaxAccountsPerAddress { get; set; } = 3;

    /// <summary>Accounts the whole game may have created within <see cref="AccountCreationWindowMinutes"/>.</summary>
    [Range(1, 1_000_000)]
    public int MaxAccountsOverall { get; set; } = 100;

    [Range(1, 10_080)]
    public int AccountCreationWindowMinutes { get; set; } = 60;

    public int PasswordHashConcurrency => MaxConcurrentPasswordHashes ?? Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Account names with administrator rights (for example <c>possess</c>).</summary>
    public List<string> Administrators { get; set; } = [];
}
