using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Mud.Tests.Hosting;

/// <summary>Self-signed certificates for the cluster's TLS, written as password-protected PKCS#12 files.</summary>
internal static class ClusterCertificates
{
    public const string Password = "cluster-secret";

    /// <summary>Writes a new certificate, good for both ends of a connection, to <paramref name="path"/>.</summary>
    public static void Write(string path, string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
    }
}
