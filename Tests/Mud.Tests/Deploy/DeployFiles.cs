using Mud.Tests.EndToEnd;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Mud.Tests.Deploy;

/// <summary>Reads the operator files under <c>deploy/</c>: YAML (with anchors and merge keys resolved) and systemd units.</summary>
internal static class DeployFiles
{
    public static string Folder(string name) => Path.Combine(MudInstance.RepositoryRoot, "deploy", name);

    /// <summary>Every document of a YAML file, merge keys (<c>&lt;&lt;: *anchor</c>) applied, as nested dictionaries and lists.</summary>
    public static IReadOnlyList<Dictionary<string, object?>> ReadYaml(string path)
    {
        using var reader = new StringReader(File.ReadAllText(path));
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<Dictionary<string, object?>>();
        parser.Consume<YamlDotNet.Core.Events.StreamStart>();
        while (!parser.Accept<YamlDotNet.Core.Events.StreamEnd>(out _))
        {
            var document = deserializer.Deserialize<Dictionary<object, object?>>(parser);
            documents.Add(Normalise(document));
        }

        return documents;
    }

    /// <summary>Parses the YAML strictly (every document, no merging) so a syntax error anywhere fails.</summary>
    public static int CountYamlDocuments(string path)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(path));
        stream.Load(reader);
        return stream.Documents.Count;
    }

    public static Dictionary<string, object?> Map(object? node, string what) =>
        node as Dictionary<string, object?> ?? throw new Xunit.Sdk.XunitException($"{what} is not a mapping.");

    public static List<object?> List(object? node, string what) =>
        node as List<object?> ?? throw new Xunit.Sdk.XunitException($"{what} is not a list.");

    /// <summary>A path of keys into nested mappings, e.g. <c>At(doc, "spec", "template", "metadata")</c>.</summary>
    public static object? At(Dictionary<string, object?> root, params string[] keys)
    {
        object? node = root;
        foreach (var key in keys)
        {
            node = Map(node, string.Join('.', keys)).GetValueOrDefault(key);
        }

        return node;
    }

    /// <summary>A systemd unit (or any INI-style file) as section → key → values (a key may repeat).</summary>
    public static Dictionary<string, Dictionary<string, List<string>>> ReadUnit(string path)
    {
        var sections = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        Dictionary<string, List<string>>? current = null;
        var number = 0;
        foreach (var raw in File.ReadAllLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                sections.Add(line[1..^1], current);
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (current is null || equals <= 0)
            {
                throw new Xunit.Sdk.XunitException($"{Path.GetFileName(path)}:{number} is neither a [Section] nor Key=Value inside one: '{raw}'");
            }

            var key = line[..equals].Trim();
            if (!current.TryGetValue(key, out var values))
            {
                current[key] = values = [];
            }

            values.Add(line[(equals + 1)..].Trim());
        }

        return sections;
    }

    private static Dictionary<string, object?> Normalise(Dictionary<object, object?> map) =>
        map.ToDictionary(e => e.Key.ToString()!, e => NormaliseValue(e.Value));

    private static object? NormaliseValue(object? value) => value switch
    {
        Dictionary<object, object?> map => Normalise(map),
        List<object?> list => list.Select(NormaliseValue).ToList(),
        _ => value,
    };
}
