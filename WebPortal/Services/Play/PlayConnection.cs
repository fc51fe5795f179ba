using System.Threading.Channels;
using Mud.Oob;
using Mud.Sessions;

namespace Mud.WebPortal.Services.Play;

/// <summary>
/// One browser circuit's game session: a real session of the account, like a telnet connection, so the
/// multisession rules apply to it. Calls to the session grain run one at a time and in order; a call that
/// fails because the silos are away is held and run once they are back. Output pushed by the game is
/// raised as <see cref="Output"/>; the circuit keeps what it shows, nothing here does.
/// </summary>
public sealed partial class PlayConnection : IAsyncDisposable
{
    /// <summary>
    /// Typed lines waiting for the game; more is refused with a message rather than queued without end. Opening
    /// and closing the session are not counted, so a tab that typed far ahead and then closed still leaves the game.
    /// </summary>
    public const int MaxQueuedLines = 64;

    /// <summary>Longest line the web client sends, as the telnet Portal's default.</summary>
    public const int MaxLineLength = 4096;

    private const string ClientName = "Mud web client";
    private const int ClientWidth = 100;
    private const string HeldNotice = "|y[Your command will run as soon as the game is back.]|n";
    private const string FailedNotice = "|r[Something went wrong running that. It has been logged.]|n";
    private readonly Channel<QueuedCall> _calls = Channel.CreateUnbounded<QueuedCall>(new() { SingleReader = true });

    private readonly ISessionGrain _session;
    private readonly WebPortalIdentity _identity;
    private readonly WebPortalLink _link;
    private readonly PlayConnections _registry;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private int _queuedLines;

    internal PlayConnection(IClusterClient client, WebPortalIdentity identity, WebPortalLink link, PlayConnections registry, ILogger logger)
    {
        _identity = identity;
        _link = link;
        _registry = registry;
        _logger = logger;
        SessionId = identity.NewSessionId();
        _session = client.GetGrain<ISessionGrain>(SessionId);
        registry.Add(this);
        _pump = PumpAsync(_stop.Token);
    }

    public string SessionId { get; }

    /// <summary>Whether the session exists in the cluster (so it can be resumed after a silo restart).</summary>
    public bool IsOpened { get; private set; }

    /// <summary>Output for the browser: from the game, or notices from the WebPortal itself.</summary>
    public event Action<SessionOutput>? Output;

    /// <summary>Opens the session, logs it in to the cookie's account and, if asked, puppets a character.</summary>
    public void Start(string accountKey, string remoteAddress, string? character)
    {
        Enqueue(async session =>
        {
            await session.OpenAsync(new SessionOpening(_identity.Observer, _identity.Id, "web", remoteAddress));
            IsOpened = true;

            // The side panel is fed by out-of-band messages in JSON, as the Portal's WebSocket clients get them.
            await session.UpdateClientAsync(new ClientDetails(ClientName, ClientWidth, Colour: true, Oob: OobProtocols.Json));
            if (!await session.LogInVerifiedAsync(accountKey))
            {
                Deliver(new DisconnectOutput("|rThis account no longer exists.|n"));
                return;
            }

            if (!string.IsNullOrWhiteSpace(character))
            {
                DeliverAll(await session.InputAsync("ic " + character.Trim()));
            }
        });
    }

    /// <summary>Sends a typed line; false (and a notice) when the player is too far ahead of the game.</summary>
    public bool Send(string line)
    {
        if (line.Length > MaxLineLength)
        {
            Notice($"|r[That line was longer than {MaxLineLength} characters and was ignored.]|n");
            return false;
        }

        if (!EnqueueLine(async session => DeliverAll(await session.InputAsync(Text.Markup.SanitizeInput(line)))))
        {
            Notice("|r[You are typing faster than the game can keep up; that line was dropped.]|n");
            return false;
        }

        return true;
    }

    public void Deliver(SessionOutput output) => Output?.Invoke(output);

    private void DeliverAll(IEnumerable<SessionOutput> outputs)
    {
        foreach (var output in outputs)
        {
            Deliver(output);
        }
    }

    public void Notice(string markup) => Deliver(new TextOutput(markup));

    /// <summary>The cluster lost the session (it was closed while the silos were away).</summary>
    public void Forgotten()
    {
        IsOpened = false;
        Deliver(new DisconnectOutput("|yThe game lost track of this session. Reload the page to play again.|n"));
    }

    /// <summary>Leaves the game (the browser tab closed or left the page) and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        Enqueue(session => IsOpened ? session.CloseAsync() : Task.CompletedTask);
        _calls.Writer.TryComplete();
        try
        {
            // A silo that stays away must not hold the circuit's disposal for ever. The session is then left
            // to the silo's restart, after which nothing resumes it and its character is out of the world.
            await _pump.WaitAsync(TimeSpan.FromSeconds(15));
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync();
        }

        _registry.Remove(this);
        _stop.Dispose();
    }

    private void Enqueue(Func<ISessionGrain, Task> call) => _calls.Writer.TryWrite(new(call, Counted: false));

    private bool EnqueueLine(Func<ISessionGrain, Task> call)
    {
        if (Interlocked.Increment(ref _queuedLines) > MaxQueuedLines || !_calls.Writer.TryWrite(new(call, Counted: true)))
        {
            Interlocked.Decrement(ref _queuedLines);
            return false;
        }

        return true;
    }

    private async Task PumpAsync(CancellationToken cancellation)
    {
        try
        {
            await foreach (var call in _calls.Reader.ReadAllAsync(cancellation))
            {
                if (call.Counted)
                {
                    Interlocked.Decrement(ref _queuedLines);
                }

                await RunReliablyAsync(call.Run, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
    }

    private async Task RunReliablyAsync(Func<ISessionGrain, Task> call, CancellationToken cancellation)
    {
        var told = false;
        while (true)
        {
            if (!_link.IsOnline && !told && IsOpened)
            {
                Notice(HeldNotice);
                told = true;
            }

            await _link.WhenOnline(cancellation);
            try
            {
                await call(_session);
                return;
            }
            catch (Exception e) when (GameCalls.IsUnavailable(e) && !cancellation.IsCancellationRequested)
            {
                _link.ReportFailure(e);
            }
            catch (Exception e) when (!cancellation.IsCancellationRequested)
            {
                LogCallFailed(_logger, SessionId, e);
                Notice(FailedNotice);
                return;
            }
        }
    }

    private readonly record struct QueuedCall(Func<ISessionGrain, Task> Run, bool Counted);

    [LoggerMessage(Level = LogLevel.Error, Message = "A call for web session {SessionId} failed")]
    private static partial void LogCallFailed(ILogger logger, string sessionId, Exception exception);
}
