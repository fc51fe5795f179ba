namespace Mud.Portal.Telnet;

/// <summary>What a <see cref="TelnetCodec"/> reports to the connection that owns it.</summary>
/// <remarks>
/// Called synchronously from <see cref="TelnetCodec.Receive"/>, on the caller's thread. Handlers may
/// call the codec's write and option methods, but must not call <see cref="TelnetCodec.Receive"/>.
/// </remarks>
public interface ITelnetEvents
{
    /// <summary>A complete input line: decoded in <see cref="TelnetCodec.Charset"/> (invalid UTF-8 as U+FFFD), backspaces applied,
    /// control characters and terminal escape sequences removed, without its line ending.</summary>
    void OnLine(string line);

    /// <summary>A line grew past <see cref="TelnetLimits.MaxLineBytes"/>. Reported once per line; the
    /// first <paramref name="limit"/> bytes follow as an <see cref="OnLine"/>, the rest is dropped.</summary>
    void OnLineTooLong(int limit);

    /// <summary>A subnegotiation grew past <see cref="TelnetLimits.MaxSubnegotiationBytes"/> and is being
    /// dropped. Reported once per subnegotiation.</summary>
    void OnSubnegotiationTooLong(byte option);

    /// <summary>NAWS: the client's window size in characters; 0 means unknown.</summary>
    void OnWindowSize(int width, int height);

    /// <summary>The TTYPE/MTTS exchange finished, or the client refused it. Raised at most once.</summary>
    void OnClientIdentified(TelnetClientInfo info);

    /// <summary>A subnegotiation for an enabled option the codec does not handle itself (GMCP, MSDP...).
    /// <paramref name="payload"/> is un-escaped and only valid during the call.</summary>
    void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload);

    /// <summary>Both sides agreed to turn an option on. <paramref name="local"/> is true for options the
    /// server performs (WILL/DO), false for ones the client performs (DO/WILL).</summary>
    void OnOptionEnabled(byte option, bool local);

    /// <summary>An option is off: it was on and was turned off, or the client refused our request.</summary>
    void OnOptionDisabled(byte option, bool local);
}
