using System.Globalization;

namespace Mud.Oob;

/// <summary>
/// The GMCP side of the conversation, shared by the JSON endpoint: Core.Hello, Core.Supports.Set/Add/Remove,
/// Core.Ping, Core.KeepAlive, Char.Items.Inv and Char.Items.Room, and this game's Mud.Repeat and Mud.Unrepeat for
/// scheduled sends.
/// </summary>
internal static class GmcpRequests
{
    /// <summary>Modules a JSON client gets without asking: it connected to a JSON endpoint to be told things.</summary>
    public static readonly IReadOnlyDictionary<string, int> JsonDefaults = new Dictionary<string, int>
    {
        [GmcpPackages.CharModule] = 1,
        [GmcpPackages.RoomModule] = 1,
        [GmcpPackages.ChannelModule] = 1,
    };

    private const int MaxModules = 64;
    private const int MaxModuleNameLength = 64;
    private const int MaxClientValueLength = 200;

    /// <summary>Handles one request; returns why it was refused, or null. Unknown names are refused.</summary>
    public static string? Handle(IOobRequests requests, OobProtocol protocol, OobMessage message)
    {
        switch (message.Name.ToLowerInvariant())
        {
            case "core.hello":
                Remember(requests, "client", message.Kwarg("client"));
                Remember(requests, "version", message.Kwarg("version"));
                return null;
            case "core.supports.set":
                requests.State.Supports.Clear();
                return AddModules(requests, message);
            case "core.supports.add":
                return AddModules(requests, message);
            case "core.supports.remove":
                foreach (var item in Items(message))
                {
                    requests.State.Supports.Remove(item.Split(' ', 2)[0].ToLowerInvariant());
                }

                requests.State.SupportsChosen = true;
                requests.MarkChanged();
                return null;
            case "core.ping":
                requests.Reply(protocol, OobMessage.Of("Core.Ping"));
                return null;
            case "core.keepalive":
                return null;
            case "char.items.inv":
                requests.Resend(protocol, ItemMessages.ListPackage);
                return null;
            case "char.items.room":
                requests.ShowRoomItems(protocol);
                return null;
            case "mud.repeat":
                return Repeat(requests, protocol, message);
            case "mud.unrepeat":
                return Package(message) is { } package && requests.Unrepeat(protocol, package.Name)
                    ? Changed(requests)
                    : "Mud.Unrepeat: nothing is repeated under that name.";
            default:
                return $"Unknown out-of-band message '{message.Name}'.";
        }
    }

    private static string? AddModules(IOobRequests requests, OobMessage message)
    {
        foreach (var item in Items(message))
        {
            // "Char 1": a module and a positive version. A missing version is read as 1; nonsense is skipped.
            var parts = item.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var version = 1;
            if (parts.Length == 0 || parts[0].Length > MaxModuleNameLength
                || (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out version) || version < 1)))
            {
                continue;
            }

            if (requests.State.Supports.Count < MaxModules || requests.State.Supports.ContainsKey(parts[0].ToLowerInvariant()))
            {
                requests.State.Supports[parts[0].ToLowerInvariant()] = version;
            }
        }

        requests.State.SupportsChosen = true;
        return Changed(requests);
    }

    /// <summary><c>Mud.Repeat {"package": "Char.Vitals", "seconds": 5}</c>.</summary>
    private static string? Repeat(IOobRequests requests, OobProtocol protocol, OobMessage message)
    {
        if (Package(message) is not { } package)
        {
            return "Mud.Repeat needs \"package\": one of " + string.Join(", ", GmcpPackages.Reported.Select(p => p.Name)) + ".";
        }

        var seconds = message.Kwarg("seconds") switch
        {
            OobNumber number => number.Value,
            OobText text when double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => double.NaN,
        };
        if (double.IsNaN(seconds))
        {
            return "Mud.Repeat needs \"seconds\": a number.";
        }

        return requests.Repeat(protocol, package.Name, seconds) is { } refusal ? refusal : Changed(requests);
    }

    /// <summary>The package a Mud.Repeat or Mud.Unrepeat names, as <c>{"package": ...}</c> or as its only argument.</summary>
    private static GmcpPackage? Package(OobMessage message) =>
        (message.Kwarg("package") ?? message.Args.FirstOrDefault()) is OobText name ? GmcpPackages.Find(name.Value) : null;

    private static IEnumerable<string> Items(OobMessage message) =>
        message.Args.SelectMany(a => a is OobList list ? list.Items : [a]).OfType<OobText>().Select(t => t.Value.Trim());

    private static void Remember(IOobRequests requests, string key, OobValue? value)
    {
        if (value is OobText { Value: var text })
        {
            requests.State.Client[key] = text.Length > MaxClientValueLength ? text[..MaxClientValueLength] : text;
            requests.MarkChanged();
        }
    }

    private static string? Changed(IOobRequests requests)
    {
        requests.MarkChanged();
        return null;
    }
}
