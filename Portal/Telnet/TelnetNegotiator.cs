using System.Buffers;
using System.Runtime.InteropServices;

namespace Mud.Portal.Telnet;

/// <summary>
/// Per-option negotiation state for both sides, after RFC 1143's Q method, so that no exchange can
/// loop: we answer only requests that change state, refuse an unwanted option once, and never
/// re-send a request that is still pending.
/// </summary>
/// <remarks>
/// Deliberate departures from the RFC, for real clients:
/// <list type="bullet">
/// <item>Enabling an option that is waiting for the peer to confirm a disable (WANTNO) re-offers it at
/// once instead of queueing. tintin++ never answers WONT ECHO, so a queued WILL ECHO would never go
/// out and the next password would be echoed. A late confirmation then reads as a refusal
/// (WANTYES + DONT), and the peer's answer to the new offer is accepted because we still want it.</item>
/// <item>When an option goes off, the observer hears of it before the WONT/DONT is written, so what the option
/// changed about the output (MCCP2's compression) has ended by then.</item>
/// <item>Each option side answers the peer at most <see cref="MaxRepliesPerOption"/> times, then goes
/// quiet (and off). A peer that flaps WILL/WONT forever gets a bounded number of replies.</item>
/// </list>
/// </remarks>
internal sealed class TelnetNegotiator(IBufferWriter<byte> output, TelnetPolicy policy, TelnetNegotiator.IObserver observer)
{
    internal const int MaxRepliesPerOption = 8;

    // Only the options either side ever mentions, a dozen or so from a real client: two tables of all 256 would cost
    // every player 2.6 KiB. Classes, so that a state held during a callback stays put if the dictionary grows.
    private readonly Dictionary<int, OptionState> _options = [];

    internal interface IObserver
    {
        void OptionChanged(byte option, bool local, bool enabled);
    }

    private enum Q : byte
    {
        No,
        Yes,
        WantNo,
        WantYes,
    }

    public bool IsEnabled(byte option, bool local) => Find(option, local)?.State == Q.Yes;

    /// <summary>True once we asked for the option (or agreed to it) until it is off again.</summary>
    public bool IsEnabledOrPending(byte option, bool local) => Find(option, local)?.State is Q.Yes or Q.WantYes;

    public void Receive(byte command, byte option)
    {
        switch (command)
        {
            case TelnetCommand.Will:
                ReceiveEnable(option, local: false);
                break;
            case TelnetCommand.Wont:
                ReceiveDisable(option, local: false);
                break;
            case TelnetCommand.Do:
                ReceiveEnable(option, local: true);
                break;
            case TelnetCommand.Dont:
                ReceiveDisable(option, local: true);
                break;
        }
    }

    /// <summary>Asks for an option: WILL for a local one, DO for a remote one.</summary>
    public void Enable(byte option, bool local)
    {
        var s = Get(option, local);
        s.Wanted = true;
        switch (s.State)
        {
            case Q.No:
            case Q.WantNo:
                // WANTNO: see the remarks; the RFC would queue this until the peer confirms.
                s.State = Q.WantYes;
                s.Opposite = false;
                Send(option, local, enable: true);
                break;
            case Q.WantYes:
                s.Opposite = false;
                break;
        }
    }

    /// <summary>Turns an option off: WONT for a local one, DONT for a remote one.</summary>
    public void Disable(byte option, bool local)
    {
        var s = Get(option, local);
        s.Wanted = false;
        switch (s.State)
        {
            case Q.Yes:
                s.State = Q.WantNo;
                observer.OptionChanged(option, local, enabled: false);
                Send(option, local, enable: false);
                break;
            case Q.WantYes:
                // Our request is in flight; the RFC's opposite queue sends the WONT/DONT after the answer.
                s.Opposite = true;
                break;
        }
    }

    private void ReceiveEnable(byte option, bool local)
    {
        var s = Get(option, local);
        switch (s.State)
        {
            case Q.No:
                if (s.Wanted || policy.Accepts(local, option))
                {
                    if (TryReply(s, option, local, enable: true))
                    {
                        s.State = Q.Yes;
                        observer.OptionChanged(option, local, enabled: true);
                    }
                }
                else if (!s.Refused)
                {
                    // Refuse once; repeating the refusal to a client that keeps asking is how loops start.
                    s.Refused = true;
                    TryReply(s, option, local, enable: false);
                }

                break;
            case Q.WantNo:
                // The peer answered our disable with an enable: RFC 1143 treats that as the option being off.
                s.State = Q.No;
                break;
            case Q.WantYes when s.Opposite:
                s.State = Q.WantNo;
                s.Opposite = false;
                Send(option, local, enable: false);
                break;
            case Q.WantYes:
                s.State = Q.Yes;
                observer.OptionChanged(option, local, enabled: true);
                break;
        }
    }

    private void ReceiveDisable(byte option, bool local)
    {
        var s = Get(option, local);
        switch (s.State)
        {
            case Q.Yes:
                s.State = Q.No;
                observer.OptionChanged(option, local, enabled: false);
                TryReply(s, option, local, enable: false);
                break;
            case Q.WantNo:
                s.State = Q.No;
                break;
            case Q.WantYes:
                // Refused (or a late confirmation of an earlier disable): off, and we do not ask again.
                s.State = Q.No;
                s.Opposite = false;
                observer.OptionChanged(option, local, enabled: false);
                break;
        }
    }

    private bool TryReply(OptionState s, byte option, bool local, bool enable)
    {
        if (s.Replies >= MaxRepliesPerOption)
        {
            return false;
        }

        s.Replies++;
        Send(option, local, enable);
        return true;
    }

    private void Send(byte option, bool local, bool enable)
    {
        byte command = (local, enable) switch
        {
            (true, true) => TelnetCommand.Will,
            (true, false) => TelnetCommand.Wont,
            (false, true) => TelnetCommand.Do,
            (false, false) => TelnetCommand.Dont,
        };
        TelnetWriter.WriteNegotiation(output, command, option);
    }

    private static int Key(byte option, bool local) => local ? 0x100 | option : option;

    private OptionState? Find(byte option, bool local) => _options.GetValueOrDefault(Key(option, local));

    private OptionState Get(byte option, bool local) =>
        CollectionsMarshal.GetValueRefOrAddDefault(_options, Key(option, local), out _) ??= new OptionState();

    private sealed class OptionState
    {
        public Q State;

        /// <summary>RFC 1143's queue bit: reverse the request once the pending answer arrives.</summary>
        public bool Opposite;

        /// <summary>The codec asked for this option, so an unsolicited request for it is welcome.</summary>
        public bool Wanted;

        /// <summary>We already refused an unsolicited request for it once.</summary>
        public bool Refused;

        public byte Replies;
    }
}
