namespace Mud.Portal.Hosting;

/// <summary>
/// The certificate of the Portal's TLS ports, telnet and WebSocket (configuration section <c>Mud:Portal:Tls</c>).
/// Without a file, the Portal makes a self-signed one on its first start and keeps it in the data folder.
/// </summary>
public sealed class PortalTlsOptions
{
    public const string Section = "Mud:Portal:Tls";

    /// <summary>A PKCS#12 (<c>.pfx</c>) file with the certificate and its private key, relative to the data folder.</summary>
    public string CertificateFile { get; set; } = "";

    /// <summary>The password of <see cref="CertificateFile"/>; empty for none.</summary>
    public string CertificatePassword { get; set; } = "";
}
