namespace Mud.Portal.Telnet;

/// <summary>Receives what <see cref="TelnetParser"/> separates out of the byte stream.</summary>
internal interface ITelnetParserSink
{
    /// <summary>A run of data bytes (with <c>IAC IAC</c> already folded to one 0xFF).</summary>
    void Data(ReadOnlySpan<byte> data);

    /// <summary>A two-byte command such as GA, NOP, EC or EL.</summary>
    void Command(byte command);

    /// <summary>WILL, WONT, DO or DONT for an option.</summary>
    void Negotiation(byte command, byte option);

    /// <summary>A complete subnegotiation, payload un-escaped; valid only during the call.</summary>
    void Subnegotiation(byte option, ReadOnlySpan<byte> payload);

    /// <summary>A subnegotiation passed the size limit; it will be dropped.</summary>
    void SubnegotiationTooLong(byte option);
}
