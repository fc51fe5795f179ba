using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Mud.Oob;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;
using Mud.Portal.Oob.Json;
using Mud.Sessions;

namespace Mud.Portal.WebSocket;

/// <summary>
/// One WebSocket client speaking JSON messages. Shares the telnet connections' machinery: a session grain
/// opened through the same pump (so input typed during a reload waits and runs), and output pushed by the
/// game through the same registry. Bad messages get an <c>error</c> message back; the connection stays.
/// </summary>
public sealed partial class WebSocketConnection : ISessionConnection
{
    private const int ReadBufferBytes = 4096;
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);
    private readonly System.Net.WebSockets.WebSocket _socket;
    private readonly TelnetOptions _limits;
    private readonly WebSocketOptions _options;
    private readonly PortalIdentity _portal;
    private readonly ILogger _logger;
    private readonly Channel<SessionOutput> _outbound = Channel.CreateUnbounded<SessionOutput>(new() { SingleReader = true });
    private int _queuedOutput;

    public WebSocketConnection(
        System.Net.WebSockets.WebSocket socket,
        string remoteAddress,
        TelnetOptions limits,
        WebSocketOptions options,
        PortalIdentity portal,
        IClusterClient client,
        ClusterLink link,
        ILogger logger)
    {
        _socket = socket;
        _limits = limits;
        _options = options;
        _portal = portal;
        _logger = logger;
        RemoteAddress = remoteAddress;
        SessionId = portal.NewSessionId();
        Pump = new SessionPump(client, link, this, limits.MaxQueuedLines, logger);
    }

    public string SessionId { get; }

    public string RemoteAddress { get; }

    public bool IsOpened { get; private set; }

    public SessionPump Pump { get; }

    public async Task RunAsync(CancellationToken cancellation)
    {
        Pump.TryEnqueue(OpenAsync);
        var writing = WriteLoopAsync();
        var pumping = Pump.RunAsync(cancellation);
        try
        {
            await ReadLoopAsync(cancellation);
        }
        finally
        {
            _outbound.Writer.TryComplete();
            Pump.TryEnqueue(session => session.CloseAsync());
            Pump.Complete();
            await writing;
            _socket.Dispose();
            await pumping.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public void Deliver(SessionOutput output)
    {
        if (Interlocked.Increment(ref _queuedOutput) > _limits.MaxQueuedOutput)
        {
            LogOutputOverflow(_logger, SessionId);
            _socket.Abort();
            return;
        }

        _outbound.Writer.TryWrite(output);
    }

    public void Notice(string markup) => Deliver(new TextOutput(markup));

    /// <summary>Says goodbye and closes, for a Portal shutdown.</summary>
    public void Disconnect(string markup) => Deliver(new DisconnectOutput(markup));

    private async Task OpenAsync(ISessionGrain session)
    {
        await session.OpenAsync(new SessionOpening(_portal.Observer, _portal.Id, "websocket", RemoteAddress));
        IsOpened = true;
        await session.UpdateClientAsync(new ClientDetails("", 0, Colour: true, OobProtocols.Json));
    }

    private async Task ReadLoopAsync(CancellationToken cancellation)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
        var message = new ArrayBufferWriter<byte>(ReadBufferBytes);
        var oversized = false;
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), cancellation);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellation);
                    return;
                }

                if (!oversized && message.WrittenCount + result.Count <= _options.MaxMessageBytes)
                {
                    message.Write(buffer.AsSpan(0, result.Count));
                }
                else
                {
                    // The rest of an oversized message is read and thrown away; the connection carries on.
                    oversized = true;
                }

                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (oversized)
                {
                    Deliver(new OobOutput(OobProtocol.Json, JsonRendering.Error($"That message was longer than {_options.MaxMessageBytes} bytes and was ignored.")));
                }
                else if (result.MessageType == WebSocketMessageType.Binary)
                {
                    Deliver(new OobOutput(OobProtocol.Json, JsonRendering.Error("Send text messages: JSON [\"name\", [args], {kwargs}].")));
                }
                else
                {
                    Receive(message.WrittenSpan);
                }

                message.ResetWrittenCount();
                oversized = false;
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // The client went away or the Portal is stopping: both end the connection normally.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Receive(ReadOnlySpan<byte> json)
    {
        if (!JsonOobCodec.TryDecode(json, out var message, out var error))
        {
            Deliver(new OobOutput(OobProtocol.Json, JsonRendering.Error(error!)));
            return;
        }

        if (!Pump.TryEnqueue(session => IsOpened ? session.OobInputAsync(OobProtocol.Json, message!) : Task.CompletedTask))
        {
            Deliver(new OobOutput(OobProtocol.Json, JsonRendering.Error("You are sending faster than the game can keep up; that message was dropped.")));
        }
    }

    private async Task WriteLoopAsync()
    {
        var encoded = new ArrayBufferWriter<byte>(1024);
        try
        {
            await foreach (var output in _outbound.Reader.ReadAllAsync())
            {
                Interlocked.Decrement(ref _queuedOutput);
                if (JsonRendering.ToMessage(output) is { } message)
                {
                    encoded.ResetWrittenCount();
                    JsonOobCodec.Encode(message, encoded);
                    await _socket.SendAsync(encoded.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                }

                if (output is DisconnectOutput)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "Goodbye", CancellationToken.None);

                    // A client that never answers the close is not waited for.
                    _ = Task.Delay(CloseGrace).ContinueWith(_ => _socket.Abort(), TaskScheduler.Default);
                    return;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or IOException)
        {
            // Nothing more can be written to a closed socket; the read loop ends the connection.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSocket session {SessionId} stopped reading its output; disconnecting it")]
    private static partial void LogOutputOverflow(ILogger logger, string sessionId);
}
