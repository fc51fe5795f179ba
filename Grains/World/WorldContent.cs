namespace Mud.World;

/// <summary>The world data loaded from files at silo start: the starter world and the connection screen.</summary>
public sealed record WorldContent(WorldDefinition World, string ConnectionScreen);
