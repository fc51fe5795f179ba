using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mud.Characters;
using Mud.Portal.Cluster;
using Mud.Portal.Hosting;
using Mud.World;

namespace Mud.Portal.Mssp;

/// <summary>
/// The MSSP variables for a crawler: the game's name, players online and boot time from the game, this server's
/// facts, and the operator's extra variables. Never waits long for the game: with the silo away (or slow) the
/// answer carries the figures last seen, or none.
/// </summary>
public sealed partial class MsspSource(
    IClusterClient client,
    ClusterLink link,
    IConfiguration configuration,
    IOptions<MsspOptions> options,
    IOptions<TelnetOptions> telnet,
    TimeProvider clock,
    ILogger<MsspSource> logger)
{
    private static readonly TimeSpan GameTimeout = TimeSpan.FromSeconds(2);

    // Every Mudlet connection asks (it answers WILL MSSP with DO): the game is asked at most this often.
    private static readonly TimeSpan ReuseFiguresFor = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private Task<GameFigures?>? _reading;
    private long _readStartedAt;
    private GameFigures? _lastSeen;

    /// <param name="port">The telnet port the crawler connected to.</param>
    public async Task<IReadOnlyList<MsspVariable>> GetAsync(int port)
    {
        var figures = await ReadGameAsync();
        var variables = new List<MsspVariable>
        {
            new("NAME", configuration["Mud:Name"] is { Length: > 0 } name ? name : "Mud"),
        };
        if (figures is not null)
        {
            variables.Add(new("PLAYERS", figures.Players.ToString(CultureInfo.InvariantCulture)));
            if (figures.UpSince is { } upSince)
            {
                variables.Add(new("UPTIME", upSince.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
            }
        }

        variables.AddRange(
        [
            new("CODEBASE", "Mud"),
            new("PORT", port.ToString(CultureInfo.InvariantCulture)),
            new("CRAWL DELAY", "-1"),
            new("ANSI", "1"),
            new("XTERM 256 COLORS", "1"),
            new("UTF-8", "1"),
            new("MSDP", "1"),
            new("GMCP", "1"),
            new("MCCP", telnet.Value.CompressionLevel > 0 ? "1" : "0"),
        ]);

        foreach (var (key, value) in options.Value.Variables)
        {
            var extra = key.Trim().ToUpperInvariant();
            variables.RemoveAll(v => v.Name == extra);
            variables.Add(new(extra, value));
        }

        return variables;
    }

    private Task<GameFigures?> ReadGameAsync()
    {
        lock (_gate)
        {
            if (_reading is null || (_reading.IsCompleted && clock.GetElapsedTime(_readStartedAt) >= ReuseFiguresFor))
            {
                _readStartedAt = clock.GetTimestamp();
                _reading = AskGameAsync();
            }

            return _reading;
        }
    }

    /// <summary>The game's figures, or the last seen when it does not answer in time; never throws.</summary>
    private async Task<GameFigures?> AskGameAsync()
    {
        if (!link.IsOnline)
        {
            return _lastSeen;
        }

        try
        {
            var online = client.GetGrain<IPresenceGrain>(0).GetOnlineAsync();
            var census = client.GetGrain<ICensusGrain>(0).GetAsync();
            await Task.WhenAll(online, census).WaitAsync(GameTimeout);
            _lastSeen = new GameFigures(online.Result.Length, census.Result.UpSince);
        }
        catch (Exception e)
        {
            // A crawler gets what we have; the game being away is not its problem, nor worth more than a line.
            LogGameUnavailable(logger, e.GetType().Name);
        }

        return _lastSeen;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MSSP: the game did not answer ({Reason}); replying with the figures last seen")]
    private static partial void LogGameUnavailable(ILogger logger, string reason);

    private sealed record GameFigures(int Players, DateTimeOffset? UpSince);
}
