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
        Clear();
    }

    public void MarkReady() => File.WriteAllText(_path, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Clear() => File.Delete(_path);

    /// <summary>Marks ready when the host has started and clears when it begins to stop.</summary>
    public void FollowLifetime(IHostApplicationLifetime lifetime)
    {
        lifetime.ApplicationStarted.Register(MarkReady);
        lifetime.ApplicationStopping.Register(Clear);
    }
}
