using Mud.Characters.Creation;

namespace Mud.World;

/// <summary>The world data loaded from files at silo start: the starter world, the connection screen and the character creation rules.</summary>
public sealed record WorldContent(WorldDefinition World, string ConnectionScreen, CreationData Creation);
