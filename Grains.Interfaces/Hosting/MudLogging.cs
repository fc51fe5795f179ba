using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Mud.Hosting;

/// <summary>Console logging as every Mud process does it (setting <c>Mud:Logging:Format</c>).</summary>
public static class MudLogging
{
    public const string FormatSetting = "Mud:Logging:Format";

    /// <summary>
    /// <c>simple</c> (the default): one readable line per entry with a local timestamp. <c>json</c>: one JSON object
    /// per line with a UTC timestamp, the message template's named values as separate properties, and scopes:
    /// what log collectors (journald, Loki, Elasticsearch) want.
    /// </summary>
    public static ILoggingBuilder AddMudConsole(this ILoggingBuilder logging, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(configuration);
        logging.ClearProviders();
        var format = configuration[FormatSetting];
        switch (format?.ToLowerInvariant())
        {
            case null or "" or "simple":
                logging.AddSimpleConsole(o => o.TimestampFormat = "yyyy-MM-dd HH:mm:ss.fff ");
                break;
            case "json":
                logging.AddJsonConsole(o =>
                {
                    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                    o.UseUtcTimestamp = true;
                    o.IncludeScopes = true;
                });
                break;
            default:
                throw new InvalidOperationException($"{FormatSetting} '{format}' is not a log format; use simple or json.");
        }

        return logging;
    }
}
