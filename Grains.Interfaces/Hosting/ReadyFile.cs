using Microsoft.Extensions.Hosting;

namespace Mud.Hosting;

/// <summary>
/// Writes <c>&lt;data&gt;/run/&lt;name&gt;.ready</c> while the process serves, so the launcher can tell
/// "started" from "listening". The file holds the process id; it is removed as soon as shutdown begins.
/// </summary>
public sealed class ReadyFile
{
    private readonly string _path;

    public ReadyFile(string dataDirectory, string name)
    {
        var folder = Path.Combine(dataDirectory, "run");
        Directory.CreateDirectory(folder);
        _path = Path.Combine(folder, name + ".ready");
        File.Delete(_path);
    }

    private static string Mine => Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void MarkReady() => File.WriteAllText(_path, Mine);

    /// <summary>
    /// Removes the file if this process wrote it: in a reload hand-over the old silo stops after the new one, of the
    /// same name, has written its own.
    /// </summary>
    public void Clear()
    {
        try
        {
            if (File.ReadAllText(_path).Trim() == Mine)
            {
                File.Delete(_path);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Nothing to remove.
        }
    }

    /// <summary>Marks ready when the host has started and clears when it begins to stop.</summary>
    public void FollowLifetime(IHostApplicationLifetime lifetime)
    {
        lifetime.ApplicationStarted.Register(MarkReady);
        lifetime.ApplicationStopping.Register(Clear);
    }
}
