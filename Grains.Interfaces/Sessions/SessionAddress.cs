namespace Mud.Sessions;

/// <summary>Where output for one client session goes: the front end holding its socket, and the session's id there.</summary>
[GenerateSerializer, Immutable, Alias("SessionAddress")]
public sealed record SessionAddress([property: Id(0)] string SessionId, [property: Id(1)] IPortalObserver Portal);
