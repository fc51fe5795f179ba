namespace Mud.Hosting;

/// <summary>
/// TLS on the silo-to-silo and gateway connections (configuration section <c>Mud:Orleans:Tls</c>), off while no
/// certificate file is set. Every silo, Portal and WebPortal loads the same certificate, and each end of a
/// connection accepts only a peer that presents it: without the file's private key nobody joins the cluster.
/// </summary>
public sealed class ClusterTlsOptions
{
    public const string Section = "Mud:Orleans:Tls";

    /// <summary>A PKCS#12 (<c>.pfx</c>) file with the certificate and its private key, relative to the data folder.</summary>
    public string CertificateFile { get; set; } = "";

    /// <summary>The password of <see cref="CertificateFile"/>; empty for none.</summary>
    public string CertificatePassword { get; set; } = "";
}
