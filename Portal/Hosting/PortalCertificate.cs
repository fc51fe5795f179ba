using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Hosting;

namespace Mud.Portal.Hosting;

/// <summary>
/// The certificate the TLS ports present: the file named by <c>Mud:Portal:Tls:CertificateFile</c>, or else a
/// self-signed one the Portal makes once and keeps as <c>tls/portal.pfx</c> in the data folder (mode 600),
/// so that clients which pinned it on first use see the same one after a restart.
/// </summary>
public sealed partial class PortalCertificate
{
    /// <summary>Where the generated certificate is kept, relative to the data folder.</summary>
    public const string GeneratedFile = "tls/portal.pfx";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(5 * 365);

    public PortalCertificate(IOptions<PortalTlsOptions> options, IConfiguration configuration, ILogger<PortalCertificate> logger)
    {
        var data = MudHost.DataDirectory(configuration);
        var certificate = options.Value.CertificateFile.Length > 0
            ? Load(Path.Combine(data, options.Value.CertificateFile), options.Value.CertificatePassword)
            : LoadOrCreate(Path.Combine(data, GeneratedFile), configuration["Mud:Name"] is { Length: > 0 } name ? name : "Mud", logger);
        Certificate = certificate;
        Context = SslStreamCertificateContext.Create(certificate, additionalCertificates: null);
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate prepared for <see cref="SslStream"/> servers (built once, shared by every handshake).</summary>
    public SslStreamCertificateContext Context { get; }

    private static X509Certificate2 Load(string path, string password) =>
        CertificateFiles.Load(path, password, PortalTlsOptions.Section, typeof(PortalTlsOptions));

    private static X509Certificate2 LoadOrCreate(string path, string name, ILogger logger)
    {
        var (certificate, made) = CertificateFiles.LoadOrMake(path, () => SelfSigned(name));
        if (made)
        {
            LogGenerated(logger, path, certificate.Thumbprint);
        }

        return certificate;
    }

    private static X509Certificate2 SelfSigned(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={Dns.GetHostName()}, O={name.Replace(",", " ", StringComparison.Ordinal)}"), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(Dns.GetHostName());
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.Add(Lifetime));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Mud:Portal:Tls:CertificateFile: made a self-signed certificate for the TLS ports, kept in {Path} (SHA-1 {Thumbprint}); clients will warn that nobody vouches for it")]
    private static partial void LogGenerated(ILogger logger, string path, string thumbprint);
}
