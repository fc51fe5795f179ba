namespace Mud.Bench.Options;

/// <summary>A game administrator's login (<c>--admin NAME:PASSWORD</c>).</summary>
public sealed record AdminLogin(string Name, string Password);
