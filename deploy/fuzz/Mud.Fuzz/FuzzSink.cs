using Mud.Portal.Oob;
using Mud.Portal.Telnet;
using Mud.Sessions;

namespace Mud.Fuzz;

/// <summary>
/// What a telnet connection does with the codec's events, without the game: out-of-band subnegotiations are
/// decoded and written back as the connection would write the game's answers, so the encoders run on whatever
/// the decoders let through.
/// </summary>
internal sealed class FuzzSink : ITelnetEvents
{
    private readonly PooledBufferWriter _scratch = new();

    public TelnetCodec? Codec { get; set; }

    public TelnetOutputBuffer? Output { get; set; }

    public long Lines { get; private set; }

    public long OobMessages { get; private set; }

    public void OnLine(string line) => Lines++;

    public void OnLineTooLong(int limit)
    {
    }

    public void OnSubnegotiationTooLong(byte option)
    {
    }

    public void OnWindowSize(int width, int height)
    {
    }

    public void OnClientIdentified(TelnetClientInfo info)
    {
    }

    public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        if (!TelnetOob.IsOobOption(option) || !TelnetOob.TryDecode(option, payload, out var protocol, out var messages, out _))
        {
            return;
        }

        foreach (var message in messages)
        {
            OobMessages++;
            TelnetOob.Write(new OobOutput(protocol, message), Codec!, Output!, _scratch);
        }
    }

    public void OnOptionEnabled(byte option, bool local)
    {
    }

    public void OnOptionDisabled(byte option, bool local)
    {
    }
}
