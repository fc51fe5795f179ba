using System.Collections.Immutable;
using Mud.Oob;
using Mud.Text;

namespace Mud.Sessions;

/// <summary>
/// Out-of-band input, and keeping the session's subscription grain told who the session is. Sessions that
/// never spoke an out-of-band protocol never activate that grain.
/// </summary>
public sealed partial class SessionGrain
{
    private const string TypedLine = "text";

    private IOobSubscriptionGrain Oob => GrainFactory.GetGrain<IOobSubscriptionGrain>(this.GetPrimaryKeyString());

    private OobSession OobView => new(Address, Stored.State.Oob, _account?.Name, Stored.State.Puppet);

    public async Task<ImmutableArray<SessionOutput>> OobInputAsync(OobProtocol protocol, OobMessage message) =>
        Stored.RecordExists ? await _output.ReplyAsync(Address, () => RunOobAsync(protocol, message)) : [];

    private async Task RunOobAsync(OobProtocol protocol, OobMessage message)
    {
        if (protocol != OobProtocol.Msdp && TypedLineOf(message) is { } line)
        {
            await RunLineAsync(line);
            return;
        }

        if (!Stored.State.Oob.Speaks(protocol))
        {
            // A client can only send in a protocol it speaks, even if the front end has not said so yet. Like the
            // rest of the client's details, this is not worth a write of its own.
            Stored.State.Oob |= protocol.AsFlag();
        }

        await Oob.ReceiveAsync(OobView, protocol, message);
    }

    /// <summary>
    /// JSON <c>["text", ["look"], {}]</c> is a typed line. A GMCP or JSON message named after a command the
    /// session can use now (<c>look</c>, <c>say ["hi"]</c>) runs it as if typed, but never while the next
    /// line is a password or the answer to a question, so a stray message cannot become one.
    /// </summary>
    private string? TypedLineOf(OobMessage message)
    {
        var words = Markup.SanitizeInput(string.Join(' ', message.Args.Where(a => a is not OobList and not OobTable).Select(a => a.AsText())));
        if (message.Name == TypedLine)
        {
            return words;
        }

        var namesCommand = Stored.State.AwaitingPasswordFor is null
            && Stored.State.PendingConfirmation is null
            && !message.Name.Contains('.', StringComparison.Ordinal)
            && VisibleCommands.Any(c => c.Key.Equals(message.Name, StringComparison.OrdinalIgnoreCase) || c.Aliases.Contains(message.Name, StringComparer.OrdinalIgnoreCase));
        return namesCommand ? (message.Name + " " + words).Trim() : null;
    }

    /// <summary>Tells the subscription grain the session's address, protocols, account and puppet, when it speaks any out-of-band protocol.</summary>
    private Task SyncOobAsync() => Stored.State.Oob == OobProtocols.None ? Task.CompletedTask : Oob.UpdateSessionAsync(OobView);

    private Task CloseOobAsync() => Stored.State.Oob == OobProtocols.None ? Task.CompletedTask : Oob.CloseAsync();
}
