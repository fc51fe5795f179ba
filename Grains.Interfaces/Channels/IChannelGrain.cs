using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Mud.Channels;

/// <summary>
/// One talk channel: its settings and recent history (persisted), and who is listening now (in memory:
/// accounts re-announce their sessions when they log in or resume after a silo restart). Keyed by the
/// lower-case channel name. Created, changed and destroyed only through <see cref="IChannelDirectoryGrain"/>.
/// </summary>
public interface IChannelGrain : IGrainWithStringKey
{
    /// <summary>Sets the channel up; false when it already exists.</summary>
    Task<bool> CreateAsync(ChannelInfo info);

    /// <summary>Tells the listeners the channel is gone, and forgets it.</summary>
    Task DestroyAsync();

    /// <summary>Changes who may listen, speak and administer; listeners the new rule shuts out stop hearing it.</summary>
    Task SetPolicyAsync(ChannelPolicy policy);

    /// <summary>
    /// An account's live sessions that hear the channel (replacing what it said before). Ignored when the
    /// channel does not exist or its listen rule shuts the account out. One-way: accounts never wait for channels.
    /// </summary>
    [OneWay]
    Task ListenAsync(ChannelListening listening);

    /// <summary>The account no longer hears the channel (left, muted, or its last session ended).</summary>
    [OneWay]
    Task StopListeningAsync(string accountKey);

    /// <summary>Says a line (or, with <paramref name="pose"/>, a pose) on the channel. Returns why not, or null when it was said.</summary>
    Task<string?> SpeakAsync(ChannelMember speaker, string text, bool pose);

    /// <summary>The last <paramref name="count"/> lines, oldest first, if <paramref name="reader"/> may listen.</summary>
    [ReadOnly]
    Task<ChannelHistory> GetHistoryAsync(ChannelMember reader, int count);

    /// <summary>How many accounts hear the channel now.</summary>
    [ReadOnly]
    Task<int> CountListenersAsync();
}

/// <summary>
/// The channels of the game by name and alias (key 0), the one way to create, change and destroy them, so
/// names and aliases stay unique. It calls channels, never the other way round.
/// </summary>
public interface IChannelDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Every channel, by name.</summary>
    [ReadOnly]
    Task<ImmutableArray<ChannelInfo>> GetAllAsync();

    /// <summary>The channel a name or alias (any case) names, or null.</summary>
    [ReadOnly]
    Task<ChannelInfo?> FindAsync(string word);

    /// <summary>Creates a channel whose name and aliases are free. Returns why not, or null when it was made.</summary>
    Task<string?> CreateAsync(ChannelInfo info);

    /// <summary>Destroys a channel if <paramref name="actor"/> may administer it. Returns why not, or null.</summary>
    Task<string?> DestroyAsync(string word, ChannelMember actor);

    /// <summary>Changes one rule of a channel if <paramref name="actor"/> may administer it. Returns why not, or null.</summary>
    Task<string?> SetRuleAsync(string word, ChannelRuleKind kind, ChannelAccess access, ChannelMember actor);

    /// <summary>Creates the game's standing channels that are missing (at silo start).</summary>
    Task EnsureAsync(ImmutableArray<ChannelInfo> channels);
}
