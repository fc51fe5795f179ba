namespace Mud.World;

/// <summary>Where world exports are written and imports read from: the data folder's <c>exports</c> folder on the silo.</summary>
public sealed record WorldExportFolder(string Path)
{
    /// <summary>The full path of an export by its bare file name; null for anything that is not a plain <c>.json</c> name in the folder.</summary>
    public string? FileOf(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length is > 0 and <= 100 && trimmed.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && trimmed.IndexOfAny([.. System.IO.Path.GetInvalidFileNameChars(), '/', '\\']) < 0 && !trimmed.StartsWith('.')
            ? System.IO.Path.Combine(Path, trimmed)
            : null;
    }
}
