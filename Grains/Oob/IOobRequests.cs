namespace Mud.Oob;

/// <summary>What handling a client's out-of-band request may do: change the subscriptions, reply, schedule.</summary>
internal interface IOobRequests
{
    OobSubscriptionState State { get; }

    /// <summary>The values as they are now.</summary>
    OobFacts Facts { get; }

    /// <summary>Sends a message to the client once the request is handled.</summary>
    void Reply(OobProtocol protocol, OobMessage message);

    /// <summary>The subscriptions changed and must be stored.</summary>
    void MarkChanged();

    /// <summary>Forgets what was last sent for an MSDP variable or GMCP package, so it is sent again now even if unchanged.</summary>
    void Resend(OobProtocol protocol, string name);

    /// <summary>Asks the puppet's room to send the items lying there (<c>Char.Items.List</c>, location <c>room</c>) once the request is handled.</summary>
    void ShowRoomItems(OobProtocol protocol);

    /// <summary>Schedules a send; returns why not when the interval is out of range or the session has too many.</summary>
    string? Repeat(OobProtocol protocol, string name, double seconds);

    /// <summary>Stops a scheduled send; true if there was one.</summary>
    bool Unrepeat(OobProtocol protocol, string name);
}
