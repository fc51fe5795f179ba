using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Mud.Hosting;

/// <summary>Certificates kept in PKCS#12 files: the operator's, named by a setting, or one a process makes once and keeps.</summary>
public static class CertificateFiles
{
    /// <summary>Loads the file named by <c><paramref name="section"/>:CertificateFile</c>, with its password.</summary>
    /// <exception cref="OptionsValidationException">The file cannot be read, the password is wrong, or it holds no private key: one line for the operator.</exception>
    public static X509Certificate2 Load(string path, string? password, string section, Type options)
    {
        var setting = section + ":CertificateFile";
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, string.IsNullOrEmpty(password) ? null : password);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new OptionsValidationException(setting, options, [$"{setting} '{path}' cannot be loaded (is the password {section}:CertificatePassword right?): {e.Message}"]);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new OptionsValidationException(setting, options, [$"{setting} '{path}' holds no private key."]);
        }

        return certificate;
    }

    /// <summary>
    /// The certificate kept at <paramref name="path"/>; the first time, the one <paramref name="make"/> makes, written whole
    /// under another name with owner-only access and then moved, so no reader ever sees a half-written or readable key.
    /// <c>Made</c> says whether it was made now.
    /// </summary>
    public static (X509Certificate2 Certificate, bool Made) LoadOrMake(string path, Func<X509Certificate2> make)
    {
        if (File.Exists(path))
        {
            return (X509CertificateLoader.LoadPkcs12FromFile(path, password: null), false);
        }

        byte[] pfx;
        using (var made = make())
        {
            pfx = made.Export(X509ContentType.Pkcs12);
        }

        var folder = Path.GetDirectoryName(path)!;
        var writing = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            writing.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var partial = $"{path}.{Environment.ProcessId}.partial";
        using (var file = new FileStream(partial, writing))
        {
            file.Write(pfx);
        }

        try
        {
            File.Move(partial, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process sharing the data folder kept its own first: use that one, so they agree.
            File.Delete(partial);
            return (X509CertificateLoader.LoadPkcs12FromFile(path, password: null), false);
        }

        return (X509CertificateLoader.LoadPkcs12(pfx, password: null), true);
    }
}
