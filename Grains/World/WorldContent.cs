using System.Collections.Immutable;
using Mud.Characters.Creation;
using Mud.Rooms;

namespace Mud.World;

/// <summary>The world data loaded from files at silo start: the starter world, the connection screen, the character creation rules and the item prototypes.</summary>
public sealed record WorldContent(WorldDefinition World, string ConnectionScreen, CreationData Creation, ImmutableDictionary<string, ItemSeed> Prototypes);
