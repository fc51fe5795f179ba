namespace Mud.Portal.Mssp;

/// <summary>One MSSP variable, e.g. <c>PLAYERS</c> = <c>12</c>; numbers are decimal text.</summary>
public sealed record MsspVariable(string Name, string Value);
