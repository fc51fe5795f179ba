using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Connections.Security;

namespace Mud.Hosting;

/// <summary>Orleans TLS between silos and their clients, with the certificate named by <see cref="ClusterTlsOptions"/>.</summary>
public static class ClusterTls
{
    /// <summary>Silo-to-silo and gateway connections accept only peers holding the cluster's certificate.</summary>
    public static ISiloBuilder UseMudTls(this ISiloBuilder silo, IConfiguration configuration)
    {
        if (Certificate(configuration) is { } certificate)
        {
            silo.UseTls(certificate, o => RequirePeer(o, certificate));
        }

        return silo;
    }

    /// <summary>The front end connects to gateways over TLS and accepts only silos holding the cluster's certificate.</summary>
    public static IClientBuilder UseMudTls(this IClientBuilder client, IConfiguration configuration)
    {
        if (Certificate(configuration) is { } certificate)
        {
            client.UseTls(certificate, o => RequirePeer(o, certificate));
        }

        return client;
    }

    /// <summary>The cluster's certificate, or null when TLS is off.</summary>
    /// <exception cref="OptionsValidationException">The file cannot be read, the password is wrong, or it has no private key.</exception>
    public static X509Certificate2? Certificate(IConfiguration configuration)
    {
        var options = configuration.GetSection(ClusterTlsOptions.Section).Get<ClusterTlsOptions>() ?? new ClusterTlsOptions();
        if (options.CertificateFile.Length == 0)
        {
            return null;
        }

        var path = Path.Combine(MudHost.DataDirectory(configuration), options.CertificateFile);
        return CertificateFiles.Load(path, options.CertificatePassword, ClusterTlsOptions.Section, typeof(ClusterTlsOptions));
    }

    private static void RequirePeer(TlsOptions options, X509Certificate2 certificate)
    {
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;

        // The cluster's own certificate, whatever the chain or the name: a certificate some authority issued
        // to someone else must not make its holder a member.
        options.RemoteCertificateValidation = (remote, _, _) => remote.RawDataMemory.Span.SequenceEqual(certificate.RawDataMemory.Span);
    }
}
