using System.Buffers;
using Mud.Oob;
using Mud.Portal.Oob.Gmcp;
using Mud.Portal.Oob.Msdp;
using Mud.Portal.Telnet;
using Mud.Sessions;

namespace Mud.Portal.Oob;

/// <summary>
/// Out-of-band data over telnet: MSDP and GMCP are offered at connect; their subnegotiations become
/// <see cref="OobMessage"/>s for the session, and the session's <see cref="OobOutput"/>s become
/// subnegotiations again, only in a protocol the client agreed to. Encoding only: what the messages mean is
/// decided in the silo.
/// </summary>
public static class TelnetOob
{
    /// <summary>The telnet policy with WILL MSDP and WILL GMCP added to the opening offers.</summary>
    public static TelnetPolicy Policy { get; } = TelnetPolicy.Default with
    {
        OfferLocal = [.. TelnetPolicy.Default.OfferLocal, TelnetOption.Msdp, TelnetOption.Gmcp],
    };

    public static bool IsOobOption(byte option) => option is TelnetOption.Msdp or TelnetOption.Gmcp;

    /// <summary>The protocols both sides have agreed to so far.</summary>
    public static OobProtocols ProtocolsOf(TelnetCodec codec) =>
        (codec.IsOptionEnabled(TelnetOption.Msdp, local: true) ? OobProtocols.Msdp : OobProtocols.None)
        | (codec.IsOptionEnabled(TelnetOption.Gmcp, local: true) ? OobProtocols.Gmcp : OobProtocols.None);

    /// <summary>Decodes an MSDP or GMCP subnegotiation. False, with the reason, when it is malformed: the caller ignores it.</summary>
    public static bool TryDecode(byte option, ReadOnlySpan<byte> payload, out OobProtocol protocol, out IReadOnlyList<OobMessage> messages, out string? error)
    {
        if (option == TelnetOption.Msdp)
        {
            protocol = OobProtocol.Msdp;
            var ok = MsdpCodec.TryDecode(payload, out var decoded, out error);
            messages = decoded;
            return ok;
        }

        protocol = OobProtocol.Gmcp;
        if (GmcpCodec.TryDecode(payload, out var message, out error))
        {
            messages = [message!];
            return true;
        }

        messages = [];
        return false;
    }

    /// <summary>
    /// Writes a message as a subnegotiation when the client speaks its protocol; otherwise drops it (the client
    /// turned the protocol off, or the message was meant for another kind of front end). <paramref name="scratch"/>
    /// holds the unescaped payload while it is framed, and is empty again afterwards.
    /// </summary>
    public static void Write(OobOutput output, TelnetCodec codec, IBufferWriter<byte> destination, PooledBufferWriter scratch)
    {
        var option = output.Protocol switch
        {
            OobProtocol.Msdp => TelnetOption.Msdp,
            OobProtocol.Gmcp => TelnetOption.Gmcp,
            _ => (byte)0,
        };
        if (option == 0 || !codec.IsOptionEnabled(option, local: true))
        {
            return;
        }

        try
        {
            if (option == TelnetOption.Msdp)
            {
                MsdpCodec.Encode(output.Message, scratch);
            }
            else
            {
                GmcpCodec.Encode(output.Message, scratch);
            }

            TelnetWriter.WriteSubnegotiation(destination, option, scratch.WrittenSpan);
        }
        finally
        {
            scratch.Clear();
        }
    }
}
