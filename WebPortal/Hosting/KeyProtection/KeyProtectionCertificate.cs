using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mud.WebPortal.Hosting.KeyProtection;

/// <summary>
/// The certificate the Data Protection keys (which sign login cookies and antiforgery tokens) are encrypted with
/// before they are stored: the operator's (<c>Mud:Web:KeyCertificateFile</c>), or one made on first start and kept
/// beside the keys, readable by the owner only. Several WebPortals sharing keys need the same certificate.
/// </summary>
public static class KeyProtectionCertificate
{
    public static string GeneratedPath(string dataDirectory) => Path.Combine(dataDirectory, "web-keys", "key-protection.pfx");

    public static X509Certificate2 Load(WebOptions web, string dataDirectory)
    {
        if (web.KeyCertificateFile is { Length: > 0 } file)
        {
            return X509CertificateLoader.LoadPkcs12FromFile(file, web.KeyCertificatePassword);
        }

        var path = GeneratedPath(dataDirectory);
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
    }

    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=Mud web key protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        try
        {
            var owner = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                owner.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(path, owner);
            stream.Write(certificate.Export(X509ContentType.Pfx));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another WebPortal with the same data folder made it first: use theirs.
        }
    }
}
