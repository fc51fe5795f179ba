using System.Collections.Immutable;

namespace Mud.Portal.Telnet;

/// <summary>Which telnet options the server offers at connect and which it agrees to when asked.</summary>
/// <remarks>
/// "Local" options are ones the server performs (it sends WILL/WONT, the client DO/DONT); "remote"
/// options are ones the client performs (the server sends DO/DONT). Offered options are accepted too.
/// Extend with <c>with</c>, e.g. <c>Default with { OfferLocal = [.. Default.OfferLocal, TelnetOption.Gmcp] }</c>.
/// </remarks>
public sealed record TelnetPolicy
{
    public static TelnetPolicy Default { get; } = new();

    /// <summary>Options <see cref="TelnetCodec.Start"/> offers with WILL: SGA, and EOR for marking prompts.</summary>
    public ImmutableArray<byte> OfferLocal { get; init; } = [TelnetOption.SuppressGoAhead, TelnetOption.EndOfRecord];

    /// <summary>Options <see cref="TelnetCodec.Start"/> requests with DO: TTYPE, NAWS and CHARSET.</summary>
    public ImmutableArray<byte> OfferRemote { get; init; } = [TelnetOption.TerminalType, TelnetOption.WindowSize, TelnetOption.Charset];

    /// <summary>Options the server agrees to perform when the client sends DO. ECHO is deliberately absent:
    /// a client must never make the server echo (it masks the client's input line). CHARSET is agreed either
    /// way round: Mudlet answers DO CHARSET with WILL, and may ask with DO itself.</summary>
    public ImmutableArray<byte> AcceptLocal { get; init; } = [TelnetOption.SuppressGoAhead, TelnetOption.EndOfRecord, TelnetOption.Charset];

    /// <summary>Options the server agrees to let the client perform when it sends WILL.</summary>
    public ImmutableArray<byte> AcceptRemote { get; init; } =
        [TelnetOption.TerminalType, TelnetOption.WindowSize, TelnetOption.SuppressGoAhead];

    /// <summary>Marks prompts with GA when EOR was not agreed. MUD clients use GA as "prompt ends here"
    /// even after SGA; turn off for clients that show a blank line for it.</summary>
    public bool SendGoAhead { get; init; } = true;

    internal bool Offers(bool local, byte option) => Contains(local ? OfferLocal : OfferRemote, option);

    internal bool Accepts(bool local, byte option) =>
        Contains(local ? AcceptLocal : AcceptRemote, option) || Offers(local, option);

    // A default (uninitialised) array means "none", not a crash in the middle of a negotiation.
    private static bool Contains(ImmutableArray<byte> options, byte option) => !options.IsDefault && options.Contains(option);
}
