namespace Mud.Portal.Telnet;

/// <summary>Caps on what one client can make the server buffer.</summary>
/// <remarks>
/// Both are counted in decoded bytes (after <c>IAC IAC</c> is folded), so escaping cannot be used to
/// slip past them. Exceeding either is reported through <see cref="ITelnetEvents"/>, never thrown.
/// </remarks>
public sealed record TelnetLimits
{
    public static TelnetLimits Default { get; } = new();

    /// <summary>Largest subnegotiation payload kept; larger ones are dropped up to their <c>IAC SE</c>.</summary>
    public int MaxSubnegotiationBytes { get; init; } = 8 * 1024;

    /// <summary>Longest input line in bytes; the rest of a longer line is dropped up to its end.</summary>
    public int MaxLineBytes { get; init; } = 4 * 1024;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSubnegotiationBytes, 16, nameof(MaxSubnegotiationBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLineBytes, 16, nameof(MaxLineBytes));
    }
}
