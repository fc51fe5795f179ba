namespace Mud.WebPortal.Hosting.KeyProtection;

/// <summary>How the web site's Data Protection keys are encrypted at rest (configuration section <c>Mud:Web:Keys</c>).</summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "Mud:Web:Keys";

    /// <summary>A PKCS#12 file (relative to the data folder) whose certificate encrypts the keys; empty: one made and kept under the data folder.</summary>
    public string CertificateFile { get; set; } = "";

    /// <summary>The password of <see cref="CertificateFile"/>, if it has one.</summary>
    public string CertificatePassword { get; set; } = "";
}
