using System.Globalization;

namespace Mud.Oob;

/// <summary>
/// MSDP's side of the conversation: the commands LIST, REPORT, UNREPORT, SEND, RESET (plus this game's REPEAT
/// and UNREPEAT) and the client's configurable variables. Unknown names are ignored, as the protocol expects.
/// </summary>
internal static class MsdpRequests
{
    private const int MaxClientValueLength = 200;

    private static readonly string[] Lists =
    [
        "COMMANDS", "LISTS", "CONFIGURABLE_VARIABLES", "REPORTABLE_VARIABLES", "REPORTED_VARIABLES", "SENDABLE_VARIABLES", "REPEATED_VARIABLES",
    ];

    /// <summary>Handles one request; false when its name means nothing here.</summary>
    public static bool Handle(IOobRequests requests, OobMessage message)
    {
        var name = message.Name.ToUpperInvariant();
        var words = Words(message);
        switch (name)
        {
            case "LIST":
                foreach (var list in words)
                {
                    if (ListItems(requests.State, list.ToUpperInvariant()) is { } items)
                    {
                        requests.Reply(OobProtocol.Msdp, OobMessage.Of(list.ToUpperInvariant(), OobValue.List(items.Select(OobValue.Of))));
                    }
                }

                return true;
            case "REPORT":
                foreach (var variable in words.Select(w => w.ToUpperInvariant()).Where(MsdpVariables.IsReportable))
                {
                    if (!requests.State.MsdpReported.Contains(variable))
                    {
                        requests.State.MsdpReported.Add(variable);
                        requests.MarkChanged();
                    }

                    // REPORT sends the current value at once, even for a variable already reported.
                    requests.Resend(OobProtocol.Msdp, variable);
                }

                return true;
            case "UNREPORT":
                foreach (var variable in words.Select(w => w.ToUpperInvariant()))
                {
                    // Unreporting a variable also ends its scheduled send.
                    var wasReported = requests.State.MsdpReported.Remove(variable);
                    var wasRepeated = requests.Unrepeat(OobProtocol.Msdp, variable);
                    if (wasReported || wasRepeated)
                    {
                        requests.MarkChanged();
                    }
                }

                return true;
            case "SEND":
                foreach (var variable in words.Select(w => w.ToUpperInvariant()).Where(MsdpVariables.IsSendable))
                {
                    if (MsdpVariables.Read(variable, requests.Facts) is { } value)
                    {
                        requests.Reply(OobProtocol.Msdp, OobMessage.Of(variable, value));
                    }
                }

                return true;
            case "RESET":
                Reset(requests);
                return true;
            case "REPEAT":
                Repeat(requests, words);
                return true;
            case "UNREPEAT":
                foreach (var variable in words.Select(w => w.ToUpperInvariant()))
                {
                    if (requests.Unrepeat(OobProtocol.Msdp, variable))
                    {
                        requests.MarkChanged();
                    }
                }

                return true;
            default:
                if (MsdpVariables.Configurable.Contains(name) && words.Count > 0)
                {
                    requests.State.Client[name] = words[0].Length > MaxClientValueLength ? words[0][..MaxClientValueLength] : words[0];
                    requests.MarkChanged();
                    return true;
                }

                return false;
        }
    }

    private static void Reset(IOobRequests requests)
    {
        requests.State.MsdpReported.Clear();
        foreach (var repeat in requests.State.Repeats.Where(r => r.Protocol == OobProtocol.Msdp).ToList())
        {
            requests.Unrepeat(OobProtocol.Msdp, repeat.Name);
        }

        requests.MarkChanged();
    }

    /// <summary><c>REPEAT &lt;seconds&gt; &lt;VARIABLE&gt;...</c>: sends each variable every so many seconds until UNREPEAT, UNREPORT or RESET.</summary>
    private static void Repeat(IOobRequests requests, List<string> words)
    {
        if (words.Count < 2 || !double.TryParse(words[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return;
        }

        foreach (var variable in words.Skip(1).Select(w => w.ToUpperInvariant()).Where(MsdpVariables.IsSendable))
        {
            if (requests.Repeat(OobProtocol.Msdp, variable, seconds) is null)
            {
                requests.MarkChanged();
            }
        }
    }

    private static IEnumerable<string>? ListItems(OobSubscriptionState state, string list) => list switch
    {
        "COMMANDS" => MsdpVariables.Commands,
        "LISTS" => Lists,
        "CONFIGURABLE_VARIABLES" => MsdpVariables.Configurable,
        "REPORTABLE_VARIABLES" => MsdpVariables.Reportable,
        "REPORTED_VARIABLES" => state.MsdpReported,
        "SENDABLE_VARIABLES" => MsdpVariables.Sendable,
        "REPEATED_VARIABLES" => state.Repeats.Where(r => r.Protocol == OobProtocol.Msdp).Select(r => r.Name),
        _ => null,
    };

    /// <summary>The request's arguments as words: several VALs and an MSDP array both mean several words.</summary>
    private static List<string> Words(OobMessage message) =>
        [.. message.Args.SelectMany(a => a is OobList list ? list.Items.Where(i => i is not OobList and not OobTable) : [a]).Where(a => a is not OobTable).Select(a => a.AsText())];
}
