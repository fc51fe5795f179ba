namespace Mud.Portal.Hosting;

/// <summary>What a client refused at connect is told, whatever its protocol.</summary>
public static class ConnectionRefusals
{
    /// <summary>The Portal holds <c>Mud:Telnet:MaxConnections</c>.</summary>
    public const string Full = "The game is full right now. Please try again later.";

    /// <summary>The client's address holds <c>Mud:Telnet:MaxConnectionsPerAddress</c>.</summary>
    public const string TooManyFromAddress = "There are too many connections from your address. Close one and try again.";
}
