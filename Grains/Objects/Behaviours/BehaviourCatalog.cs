using System.Collections.Frozen;

namespace Mud.Objects.Behaviours;

/// <summary>Every behaviour builders can attach, by name. Code, so a silo reload brings new ones in.</summary>
public sealed class BehaviourCatalog
{
    private readonly FrozenDictionary<string, IObjectBehaviour> _byName;

    public BehaviourCatalog(IEnumerable<IObjectBehaviour> behaviours) =>
        _byName = behaviours.ToFrozenDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);

    public static BehaviourCatalog Default { get; } = new([new SpeakerBehaviour(), new WandererBehaviour(), new CloserBehaviour()]);

    public IEnumerable<string> Names => _byName.Keys.Order();

    public IEnumerable<IObjectBehaviour> All => _byName.Values.OrderBy(b => b.Name);

    public bool Exists(string name) => _byName.ContainsKey(name);

    public IObjectBehaviour? Find(string name) => _byName.GetValueOrDefault(name);
}
