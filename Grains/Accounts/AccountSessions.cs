using System.Collections.Immutable;
using Mud.Oob;
using Mud.Rooms;
using Mud.Sessions;
using Mud.Settings;

namespace Mud.Accounts;

/// <summary>
/// The live sessions of one account and the character each puppets, with the multisession mode's rules.
/// Plain data owned by the account grain, which serialises every change; nothing here is persisted,
/// because sessions re-announce themselves after a silo restart.
/// </summary>
internal sealed class AccountSessions(MultisessionMode mode)
{
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    public bool IsEmpty => _slots.Count == 0;

    /// <summary>Sessions in the order of their numbers.</summary>
    public IEnumerable<AccountSession> All =>
        _slots.Values.OrderBy(s => s.Number).Select(s => new AccountSession(s.Number, s.Address.SessionId, s.Puppet));

    public IEnumerable<SessionAddress> Addresses => _slots.Values.Select(s => s.Address);

    /// <summary>The sessions that want channel lines out of band too, with their protocol.</summary>
    public IEnumerable<ChannelListener> ChannelListeners =>
        _slots.Values.Where(s => s.ChannelProtocol is not null).Select(s => new ChannelListener(s.Address, s.ChannelProtocol!.Value));

    /// <summary>
    /// Adds a newly logged-in session. <paramref name="choosePuppet"/> picks a character for it when the
    /// mode does not already dictate one; it is given the characters other sessions puppet now.
    /// In mode 0 the session takes over from all others, which are returned to be closed.
    /// </summary>
    public SessionPlan Open(SessionAddress session, Func<IReadOnlySet<string>, string?> choosePuppet)
    {
        // Where sessions share one puppet, a newcomer joins the others as they are, in character or out.
        var others = _slots.Values.Where(s => s.Address.SessionId != session.SessionId).ToList();
        var puppet = SharesOnePuppet && others.Count > 0 ? others[0].Puppet : choosePuppet(InUse);
        var displaced = ImmutableArray<SessionAddress>.Empty;
        if (mode == MultisessionMode.OneSession)
        {
            displaced = [.. others.Select(s => s.Address)];
            _slots.Clear();
        }

        var number = Enumerable.Range(1, _slots.Count + 1).First(n => _slots.Values.All(s => s.Number != n));
        _slots[session.SessionId] = new Slot(session, number) { Puppet = puppet };
        return new SessionPlan(number, puppet, displaced);
    }

    /// <summary>Puts back a session that existed before a silo restart, with the number and puppet it remembers.</summary>
    public void Resume(SessionAddress session, int number, string? puppet) =>
        _slots[session.SessionId] = new Slot(session, number) { Puppet = puppet };

    public bool Remove(string sessionId) => _slots.Remove(sessionId);

    /// <summary>Records in which protocol a session wants channel lines out of band (null: not at all); false when nothing changed.</summary>
    public bool SetChannelProtocol(string sessionId, OobProtocol? protocol)
    {
        if (_slots.GetValueOrDefault(sessionId) is not { } slot || slot.ChannelProtocol == protocol)
        {
            return false;
        }

        slot.ChannelProtocol = protocol;
        return true;
    }

    public bool Contains(string sessionId) => _slots.ContainsKey(sessionId);

    public string? PuppetOf(string sessionId) => _slots.GetValueOrDefault(sessionId)?.Puppet;

    /// <summary>Whether any session puppets the character.</summary>
    public bool IsPuppeted(string characterKey) => _slots.Values.Any(s => s.Puppet == characterKey);

    /// <summary>
    /// Moves a session to a character. Returns the other sessions that move with it (modes 0 and 1 share the
    /// puppet), or the reason it is refused.
    /// </summary>
    public PuppetChange Puppet(string sessionId, string characterKey, string characterName)
    {
        var slot = _slots[sessionId];
        if (slot.Puppet == characterKey)
        {
            return PuppetChange.Refused($"You are already playing {characterName}.");
        }

        if (mode == MultisessionMode.PuppetPerSession && _slots.Values.FirstOrDefault(s => s.Puppet == characterKey) is { } other)
        {
            return PuppetChange.Refused(
                $"{characterName} is already being played in your session #{other.Number}. " +
                "Each character can be played in only one session at a time here; type |wooc|n there first.");
        }

        return Assign(slot, characterKey);
    }

    /// <summary>Takes a session out of character (with every session sharing its puppet, in modes 0 and 1).</summary>
    public PuppetChange Unpuppet(string sessionId)
    {
        var slot = _slots[sessionId];
        return slot.Puppet is null ? PuppetChange.Refused("You are not playing a character.") : Assign(slot, null);
    }

    private bool SharesOnePuppet => mode is MultisessionMode.OneSession or MultisessionMode.SharedPuppet;

    private IReadOnlySet<string> InUse => _slots.Values.Where(s => s.Puppet is not null).Select(s => s.Puppet!).ToHashSet(StringComparer.Ordinal);

    private PuppetChange Assign(Slot slot, string? characterKey)
    {
        var moving = SharesOnePuppet ? _slots.Values.Where(s => s != slot).ToList() : [];
        slot.Puppet = characterKey;
        foreach (var other in moving)
        {
            other.Puppet = characterKey;
        }

        return new PuppetChange(null, [.. moving.Select(s => s.Address)]);
    }

    private sealed class Slot(SessionAddress address, int number)
    {
        public SessionAddress Address { get; } = address;

        public int Number { get; } = number;

        public string? Puppet { get; set; }

        public OobProtocol? ChannelProtocol { get; set; }
    }
}

/// <summary>What happens when a session logs in: its number, its puppet, and the sessions it takes over from.</summary>
internal sealed record SessionPlan(int Number, string? Puppet, ImmutableArray<SessionAddress> Displaced);

/// <summary>A granted puppet change with the other sessions it moves, or a refusal.</summary>
internal sealed record PuppetChange(string? Refusal, ImmutableArray<SessionAddress> AlsoMoved)
{
    public static PuppetChange Refused(string reason) => new(reason, []);
}
