using System.Buffers;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Mud.Oob;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;
using Mud.Portal.Oob.Json;
using Mud.Portal.Telnet;
using Mud.Sessions;

namespace Mud.Portal.WebSocket;

/// <summary>
/// One WebSocket client speaking JSON messages, on the same machinery as telnet connections
/// (<see cref="PortalConnection"/>). Bad messages get an <c>error</c> message back; the connection stays.
/// </summary>
public sealed class WebSocketConnection : PortalConnection
{
    private const int ReadBufferBytes = 4096;
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);
    private readonly System.Net.WebSockets.WebSocket _socket;
    private readonly WebSocketOptions _options;

    public WebSocketConnection(
        System.Net.WebSockets.WebSocket socket,
        string remoteAddress,
        TelnetOptions limits,
        WebSocketOptions options,
        PortalIdentity portal,
        IClusterClient client,
        ClusterLink link,
        ILogger logger)
        : base("websocket", remoteAddress, limits, portal, client, link, logger)
    {
        _socket = socket;
        _options = options;
    }

    protected override void OnStarting() => UpdateClient(new ClientDetails("", 0, Colour: true, OobProtocols.Json));

    protected override async Task FinishWritingAsync(Task writing)
    {
        await writing;
        _socket.Dispose();
    }

    protected override void Abort() => _socket.Abort();

    protected override async Task ReadLoopAsync(CancellationToken cancellation)
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
                    // The client closed first: answer its close. (If we closed first, this was its answer.)
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellation);
                    }

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

        if (!AdmitCommand())
        {
            return;
        }

        if (!Pump.TryEnqueue(session => IsOpened ? AnswerAsync(session.OobInputAsync(OobProtocol.Json, message!)) : Task.CompletedTask))
        {
            Deliver(new OobOutput(OobProtocol.Json, JsonRendering.Error("You are sending faster than the game can keep up; that message was dropped.")));
        }
    }

    protected override async Task WriteLoopAsync()
    {
        // Rented for each message and given back once it is sent: an idle connection holds no buffer.
        var encoded = new PooledBufferWriter();
        try
        {
            await foreach (var output in Outbound.ReadAllAsync())
            {
                if (output is null)
                {
                    continue;
                }

                Dequeued(output);
                if (JsonRendering.ToMessage(output) is { } message)
                {
                    JsonOobCodec.Encode(message, encoded);
                    if (!await SendDeadline.RunAsync(static (send, token) => send.Socket.SendAsync(send.Bytes, WebSocketMessageType.Text, endOfMessage: true, token), (Socket: _socket, Bytes: encoded.WrittenMemory)))
                    {
                        // The send may still be reading the array: it goes to the garbage collector, not back to the pool.
                        SendTimedOut();
                        _socket.Abort();
                        return;
                    }

                    encoded.Clear();
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
}
