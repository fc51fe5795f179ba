using System.Buffers;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;
using Mud.Portal.Mssp;
using Mud.Portal.Oob;
using Mud.Portal.Operations;
using Mud.Portal.Rendering;
using Mud.Portal.Telnet.Options;
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
    // The socket's bytes, through TLS on the TLS port.
    private readonly Stream _stream;
    private readonly PortalMetrics _metrics;
    private readonly Lock _gate = new();
    private readonly TelnetCodec _codec;
    // Everything for the client: replies, game text, and the MCCP2 stream once the client agreed to it.
    private readonly TelnetOutputBuffer _output;
    private readonly SessionOutputRenderer _renderer;
    private readonly MsspSource _mssp;
    private readonly int _localPort;
    private bool _dropTruncatedLine;
    private bool _typedALine;
    private bool _answeringMsspRequest;
    private bool _closeAfterWriting;

    public TelnetConnection(Socket socket, Stream stream, TelnetOptions options, PortalIdentity portal, IClusterClient client, ClusterLink link, MsspSource mssp, PortalMetrics metrics, ILogger logger)
        : base("telnet", (socket.RemoteEndPoint as IPEndPoint)?.Address.ToString() ?? "unknown", options, portal, client, link, logger)
    {
        _metrics = metrics;
        _socket = socket;
        _stream = stream;
        _mssp = mssp;
        _localPort = (socket.LocalEndPoint as IPEndPoint)?.Port ?? options.Port;
        _output = new TelnetOutputBuffer(options.CompressionLevel);
        _codec = new TelnetCodec(this, _output, PortalTelnetPolicy.For(options), new TelnetLimits { MaxLineBytes = options.MaxLineBytes, MaxSubnegotiationBytes = options.MaxSubnegotiationBytes });
        _renderer = new SessionOutputRenderer(_codec, _output);
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
        await _stream.DisposeAsync();
        lock (_gate)
        {
            // Frees the zlib state; the socket is gone, so there is no one to send the stream's end to.
            _output.Dispose();
            _codec.Dispose();
        }
    }

    protected override void Abort() => _socket.Dispose();

    void ITelnetEvents.OnLine(string line)
    {
        if (_dropTruncatedLine)
        {
            _dropTruncatedLine = false;
            return;
        }

        if (_answeringMsspRequest)
        {
            return;
        }

        if (!_typedALine && line == MsspOption.PlainTextRequest)
        {
            // A crawler without telnet: answer in plain text and close, and never let the game take it for a name.
            _answeringMsspRequest = true;
            _ = AnswerMsspAsync(plainText: true);
            return;
        }

        _typedALine = true;

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
        _renderer.Colour = info.ColorMode;
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
        else if (local && option == TelnetOption.Mssp)
        {
            _ = AnswerMsspAsync(plainText: false);
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
        UpdateClient(new ClientDetails(_codec.Client?.Name ?? "", _codec.WindowWidth, _renderer.Colour != ColorMode.None, TelnetOob.ProtocolsOf(_codec)));

    /// <summary>Sends the MSSP variables once the game has given its figures (or did not in time).</summary>
    private async Task AnswerMsspAsync(bool plainText)
    {
        // Off the codec's lock: the figures come from the game.
        await Task.Yield();
        var variables = await _mssp.GetAsync(_localPort);
        lock (_gate)
        {
            if (Closing)
            {
                return;
            }

            if (plainText)
            {
                MsspOption.WritePlainText(_output, variables, _codec.Charset);
                _closeAfterWriting = true;
            }
            else if (_codec.IsOptionEnabled(TelnetOption.Mssp, local: true))
            {
                MsspOption.WriteSubnegotiation(_output, variables);
            }
        }

        WakeWriter();
    }

    protected override async Task ReadLoopAsync(CancellationToken cancellation)
    {
        try
        {
            while (!Closing)
            {
                // Wait for data without a buffer, so an idle connection holds none: 4 KiB less per idle player.
                _ = await _stream.ReadAsync(Memory<byte>.Empty, cancellation);
                var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
                try
                {
                    var read = await _stream.ReadAsync(buffer.AsMemory(), cancellation);
                    if (read == 0)
                    {
                        return;
                    }

                    bool replied;
                    lock (_gate)
                    {
                        _codec.Receive(buffer.AsSpan(0, read));
                        replied = _output.HasPending;
                    }

                    // Negotiation replies are in the buffer: wake the writer to send them. A typed line has none, and
                    // waking the writer for nothing cost a thread-pool turn on every command.
                    if (replied)
                    {
                        WakeWriter();
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
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
                            Dequeued(output);
                            disconnect |= _renderer.Render(output);
                        }
                    }

                    disconnect |= _closeAfterWriting;
                    if (disconnect)
                    {
                        // A compressed stream is ended properly, so the client's inflater sees all of the goodbye.
                        _output.StopCompression();
                    }

                    sending = _output.Drain(out length);
                }

                try
                {
                    if (length > 0 && !await SendDeadline.RunAsync(static (send, token) => send.Stream.WriteAsync(send.Bytes, token), (Stream: _stream, Bytes: sending.AsMemory(0, length))))
                    {
                        SendTimedOut();
                        _socket.Dispose();
                        return;
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(sending);
                }

                if (disconnect)
                {
                    if (_stream is SslStream tls)
                    {
                        // TLS's own goodbye (close_notify), so the client knows the end is not a cut.
                        await tls.ShutdownAsync();
                    }

                    _socket.Shutdown(SocketShutdown.Both);
                    _socket.Dispose();
                    return;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // Nothing more can be written to a closed socket; the read loop ends the connection.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} sent a malformed subnegotiation for option {Option} ({Reason}); ignored")]
    private static partial void LogMalformedOob(ILogger logger, string sessionId, byte option, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} sent out-of-band '{Name}' faster than the game can take it; dropped")]
    private static partial void LogOobDropped(ILogger logger, string sessionId, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} sent an oversized subnegotiation for option {Option}; dropped")]
    private static partial void LogOversizedSubnegotiation(ILogger logger, string sessionId, byte option);
}
