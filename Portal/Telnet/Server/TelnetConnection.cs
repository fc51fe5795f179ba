using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;
using Mud.Portal.Oob;
using Mud.Portal.Operations;
using Mud.Portal.Rendering;
using Mud.Sessions;

namespace Mud.Portal.Telnet.Server;

/// <summary>
/// One telnet client: reads bytes into the codec, sends typed lines to the session grain through its
/// pump, and writes output pushed by the game. The codec and the output buffer are shared by the read
/// loop and the write loop, so both take <see cref="_gate"/>.
/// </summary>
public sealed partial class TelnetConnection : PortalConnection, ITelnetEvents
{
    private const int ReadBufferBytes = 4096;
    private readonly Socket _socket;
    private readonly PortalMetrics _metrics;
    private readonly Lock _gate = new();
    private readonly TelnetCodec _codec;
    // Starts small: it grows to the largest burst of output and most connections never see a large one.
    private readonly ArrayBufferWriter<byte> _pending = new(256);
    private readonly ArrayBufferWriter<byte> _oobScratch = new(256);
    private bool _dropTruncatedLine;
    private ColorMode _colour = ColorMode.Ansi16;

    public TelnetConnection(Socket socket, TelnetOptions options, PortalIdentity portal, IClusterClient client, ClusterLink link, PortalMetrics metrics, ILogger logger)
        : base("telnet", (socket.RemoteEndPoint as IPEndPoint)?.Address.ToString() ?? "unknown", options, portal, client, link, logger)
    {
        _metrics = metrics;
        _socket = socket;
        _codec = new TelnetCodec(this, _pending, TelnetOob.Policy, new TelnetLimits { MaxLineBytes = options.MaxLineBytes, MaxSubnegotiationBytes = options.MaxSubnegotiationBytes });
    }

    protected override void OnStarting()
    {
        lock (_gate)
        {
            _codec.Start();
        }
    }

    protected override async Task FinishWritingAsync(Task writing)
    {
        _socket.Dispose();
        await writing;
    }

    protected override void Abort() => _socket.Dispose();

    void ITelnetEvents.OnLine(string line)
    {
        if (_dropTruncatedLine)
        {
            _dropTruncatedLine = false;
            return;
        }

        _metrics.LineTyped();
        if (!AdmitCommand())
        {
            return;
        }

        if (!Pump.TryEnqueue(session => AnswerAsync(session.InputAsync(line))))
        {
            Notice("|r[You are typing faster than the game can keep up; that line was dropped.]|n");
        }
    }

    void ITelnetEvents.OnLineTooLong(int limit)
    {
        _dropTruncatedLine = true;
        Notice($"|r[That line was longer than {limit} bytes and was ignored.]|n");
    }

    void ITelnetEvents.OnSubnegotiationTooLong(byte option) => LogOversizedSubnegotiation(Logger, SessionId, option);

    void ITelnetEvents.OnWindowSize(int width, int height)
    {
        if (_codec.Client is not null)
        {
            UpdateClient();
        }
    }

    void ITelnetEvents.OnClientIdentified(TelnetClientInfo info)
    {
        _colour = info.ColorMode;
        UpdateClient();
    }

    void ITelnetEvents.OnSubnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        if (!TelnetOob.IsOobOption(option))
        {
            return;
        }

        if (!TelnetOob.TryDecode(option, payload, out var protocol, out var messages, out var error))
        {
            LogMalformedOob(Logger, SessionId, option, error ?? "");
            return;
        }

        foreach (var message in messages)
        {
            if (!AdmitCommand())
            {
                return;
            }

            if (!Pump.TryEnqueue(session => IsOpened ? AnswerAsync(session.OobInputAsync(protocol, message)) : Task.CompletedTask))
            {
                LogOobDropped(Logger, SessionId, message.Name);
            }
        }
    }

    void ITelnetEvents.OnOptionEnabled(byte option, bool local)
    {
        if (local && TelnetOob.IsOobOption(option))
        {
            UpdateClient();
        }
    }

    void ITelnetEvents.OnOptionDisabled(byte option, bool local)
    {
        if (local && TelnetOob.IsOobOption(option))
        {
            UpdateClient();
        }
    }

    private void UpdateClient() =>
        UpdateClient(new ClientDetails(_codec.Client?.Name ?? "", _codec.WindowWidth, _colour != ColorMode.None, TelnetOob.ProtocolsOf(_codec)));

    protected override async Task ReadLoopAsync(CancellationToken cancellation)
    {
        try
        {
            while (!Closing)
            {
                // Wait for data without a buffer, so an idle connection holds none: 4 KiB less per idle player.
                await _socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None, cancellation);
                var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
                try
                {
                    var read = await _socket.ReceiveAsync(buffer.AsMemory(), SocketFlags.None, cancellation);
                    if (read == 0)
                    {
                        return;
                    }

                    lock (_gate)
                    {
                        _codec.Receive(buffer.AsSpan(0, read));
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                // Negotiation replies are in the buffer: wake the writer to send them.
                WakeWriter();
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away or the Portal is stopping: both end the connection normally.
        }
    }

    protected override async Task WriteLoopAsync()
    {
        var reader = Outbound;
        try
        {
            while (await reader.WaitToReadAsync())
            {
                var disconnect = false;
                byte[] sending;
                int length;
                lock (_gate)
                {
                    // Everything queued goes out in one send: a busy room costs one syscall per wake-up, not per line.
                    while (reader.TryRead(out var output))
                    {
                        if (output is not null)
                        {
                            Dequeued();
                            disconnect |= Render(output);
                        }
                    }

                    length = _pending.WrittenCount;
                    sending = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                    _pending.WrittenSpan.CopyTo(sending);
                    _pending.ResetWrittenCount();
                }

                try
                {
                    if (length > 0)
                    {
                        await _socket.SendAsync(sending.AsMemory(0, length), SocketFlags.None);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(sending);
                }

                if (disconnect)
                {
                    _socket.Shutdown(SocketShutdown.Both);
                    _socket.Dispose();
                    return;
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Nothing more can be written to a closed socket; the read loop ends the connection.
        }
    }

    /// <summary>Renders one output into the pending buffer; true if the connection should close after it.</summary>
    private bool Render(SessionOutput output)
    {
        switch (output)
        {
            case TextOutput text:
                MarkupRenderer.Render(text.Markup, _colour, _pending);
                TelnetWriter.WriteNewLine(_pending);
                return false;
            case InputEchoOutput { Hidden: true }:
                _codec.HideInput();
                _codec.WritePromptEnd();
                return false;
            case InputEchoOutput:
                _codec.ShowInput();
                return false;
            case OobOutput oob:
                TelnetOob.Write(oob, _codec, _pending, _oobScratch);
                return false;
            case DisconnectOutput goodbye:
                MarkupRenderer.Render(goodbye.Markup, _colour, _pending);
                TelnetWriter.WriteNewLine(_pending);
                return true;
            default:
                return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} sent a malformed subnegotiation for option {Option} ({Reason}); ignored")]
    private static partial void LogMalformedOob(ILogger logger, string sessionId, byte option, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} sent out-of-band '{Name}' faster than the game can take it; dropped")]
    private static partial void LogOobDropped(ILogger logger, string sessionId, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} sent an oversized subnegotiation for option {Option}; dropped")]
    private static partial void LogOversizedSubnegotiation(ILogger logger, string sessionId, byte option);
}
