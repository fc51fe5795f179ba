using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mud.Hosting;

namespace Mud.WebPortal.Hosting.KeyProtection;

/// <summary>
/// The certificate the Data Protection keys (which sign login cookies and antiforgery tokens) are encrypted with
/// before they are stored: the operator's (<c>Mud:Web:Keys:CertificateFile</c>), or one made on first start and kept
/// beside the keys, readable by the owner only. Several WebPortals sharing keys need the same certificate.
/// </summary>
public static class KeyProtectionCertificate
{
    public static string GeneratedPath(string dataDirectory) => Path.Combine(dataDirectory, "web-keys", "key-protection.pfx");

    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The configured file cannot be used: one line for the operator.</exception>
    public static X509Certificate2 Load(KeyProtectionOptions keys, string dataDirectory) => keys.CertificateFile.Length > 0
        ? CertificateFiles.Load(Path.Combine(dataDirectory, keys.CertificateFile), keys.CertificatePassword, KeyProtectionOptions.Section, typeof(KeyProtectionOptions))
        : CertificateFiles.LoadOrMake(GeneratedPath(dataDirectory), SelfSigned).Certificate;

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=Mud web key protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
    }
}
