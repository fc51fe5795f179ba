using Mud.Characters;
using Mud.Rooms;

namespace Mud.Oob;

/// <summary>Everything out-of-band values are made from, at one moment. Values that are not known (no puppet yet) are null.</summary>
public sealed record OobFacts(string ServerName, DateTimeOffset Now, string? Account, CharacterReport? Character, RoomMapInfo? Room);
