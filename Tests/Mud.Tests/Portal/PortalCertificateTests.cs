using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Mud.Hosting;
using Mud.Portal.Hosting;
using Mud.Tests.Hosting;

namespace Mud.Tests.Portal;

/// <summary>The certificate of the Portal's TLS ports: a configured file, or one the Portal makes once and keeps.</summary>
[Trait("Category", "Unit")]
public sealed class PortalCertificateTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("mud-portal-tls-").FullName;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void WithoutAFile_ThePortalMakesACertificate_KeptOwnerOnly_AndPresentsTheSameOneAfterARestart()
    {
        var first = Load(new PortalTlsOptions());
        var kept = Path.Combine(_data, PortalCertificate.GeneratedFile);

        Assert.True(first.Certificate.HasPrivateKey);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kept));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(kept)!));
        Assert.Contains("1.3.6.1.5.5.7.3.1", first.Certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Select(o => o.Value));

        var again = Load(new PortalTlsOptions());
        Assert.Equal(first.Certificate.Thumbprint, again.Certificate.Thumbprint);
    }

    [Fact]
    public void AConfiguredFile_IsPresented_AndNoCertificateIsMade()
    {
        ClusterCertificates.Write(Path.Combine(_data, "site.pfx"), "mud.example.org");

        var loaded = Load(new PortalTlsOptions { CertificateFile = "site.pfx", CertificatePassword = ClusterCertificates.Password });

        Assert.Equal("CN=mud.example.org", loaded.Certificate.Subject);
        Assert.False(File.Exists(Path.Combine(_data, PortalCertificate.GeneratedFile)));
    }

    [Fact]
    public void AConfiguredFileWithTheWrongPassword_IsDescribedInOneLine()
    {
        ClusterCertificates.Write(Path.Combine(_data, "site.pfx"), "mud.example.org");

        var failure = Assert.ThrowsAny<Exception>(() => Load(new PortalTlsOptions { CertificateFile = "site.pfx", CertificatePassword = "wrong" }));

        var problem = SettingsProblem.Describe(failure);
        Assert.NotNull(problem);
        Assert.StartsWith("Mud:Portal:Tls:CertificateFile '", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private PortalCertificate Load(PortalTlsOptions options)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Mud:DataDirectory"] = _data }).Build();
        return new PortalCertificate(Options.Create(options), configuration, NullLogger<PortalCertificate>.Instance);
    }
}
