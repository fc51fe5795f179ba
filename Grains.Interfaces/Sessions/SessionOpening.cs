using Mud.Oob;

namespace Mud.Sessions;

/// <summary>What a front end knows about a new connection when it opens a session.</summary>
[GenerateSerializer, Immutable, Alias("SessionOpening")]
public sealed record SessionOpening(
    [property: Id(0)] IPortalObserver Portal,
    [property: Id(1)] string PortalId,
    [property: Id(2)] string Protocol,
    [property: Id(3)] string RemoteAddress);

/// <summary>What the client told us about itself during negotiation (terminal type, window width, the out-of-band protocols it agreed to).</summary>
[GenerateSerializer, Immutable, Alias("ClientDetails")]
public sealed record ClientDetails(
    [property: Id(0)] string ClientName,
    [property: Id(1)] int Width,
    [property: Id(2)] bool Colour,
    [property: Id(3)] OobProtocols Oob = OobProtocols.None);
