using System.Collections.Immutable;
using Mud.Rooms;
using Mud.Sessions;

namespace Mud.Channels;

/// <summary>A channel's settings: its name as shown, the other words that reach it, what it is for, and its rules.</summary>
[GenerateSerializer, Immutable, Alias("ChannelInfo")]
public sealed record ChannelInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<string> Aliases,
    [property: Id(2)] string Description,
    [property: Id(3)] ChannelPolicy Policy)
{
    /// <summary>The channel's grain key.</summary>
    public string Key => Name.ToLowerInvariant();

    /// <summary>Whether <paramref name="word"/> is the channel's name or one of its aliases, in any case.</summary>
    public bool Answers(string word) =>
        Name.Equals(word, StringComparison.OrdinalIgnoreCase) || Aliases.Contains(word, StringComparer.OrdinalIgnoreCase);
}

/// <summary>Who may listen to a channel, speak on it, and administer it.</summary>
[GenerateSerializer, Immutable, Alias("ChannelPolicy")]
public sealed record ChannelPolicy(
    [property: Id(0)] ChannelAccess Listen,
    [property: Id(1)] ChannelAccess Speak,
    [property: Id(2)] ChannelAccess Admin)
{
    public static ChannelPolicy Open { get; } = new(ChannelAccess.Anyone, ChannelAccess.Anyone, ChannelAccess.Staff);

    public static ChannelPolicy StaffOnly { get; } = new(ChannelAccess.Staff, ChannelAccess.Staff, ChannelAccess.Staff);

    public ChannelAccess this[ChannelRuleKind kind] => kind switch
    {
        ChannelRuleKind.Listen => Listen,
        ChannelRuleKind.Speak => Speak,
        _ => Admin,
    };

    public ChannelPolicy With(ChannelRuleKind kind, ChannelAccess access) => kind switch
    {
        ChannelRuleKind.Listen => this with { Listen = access },
        ChannelRuleKind.Speak => this with { Speak = access },
        _ => this with { Admin = access },
    };
}

/// <summary>The rules a channel has.</summary>
public enum ChannelRuleKind
{
    Listen,
    Speak,
    Admin,
}

/// <summary>Who a channel rule lets in.</summary>
public enum ChannelAccess
{
    Anyone,
    Staff,
}

/// <summary>An account as channel rules see it.</summary>
[GenerateSerializer, Immutable, Alias("ChannelMember")]
public sealed record ChannelMember(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] string Name,
    [property: Id(2)] bool IsStaff);

/// <summary>
/// An account's sessions that hear a channel: all of them get the text, and those that asked for channel
/// messages (GMCP or JSON <c>Comm.Channel.Text</c>) also get it out of band.
/// </summary>
[GenerateSerializer, Immutable, Alias("ChannelListening")]
public sealed record ChannelListening(
    [property: Id(0)] ChannelMember Member,
    [property: Id(1)] ImmutableArray<SessionAddress> Sessions,
    [property: Id(2)] ImmutableArray<ChannelListener> OobListeners);

/// <summary>One line said on a channel, as shown.</summary>
[GenerateSerializer, Immutable, Alias("ChannelLine")]
public sealed record ChannelLine(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Talker,
    [property: Id(2)] string Markup);

/// <summary>Recent lines of a channel, or why they may not be read.</summary>
[GenerateSerializer, Immutable, Alias("ChannelHistory")]
public sealed record ChannelHistory(
    [property: Id(0)] string? Refusal,
    [property: Id(1)] ImmutableArray<ChannelLine> Lines);

/// <summary>An account's subscription to a channel, stored with the account: the name and aliases it answers to, and whether it is muted.</summary>
[GenerateSerializer, Immutable, Alias("ChannelSubscription")]
public sealed record ChannelSubscription(
    [property: Id(0)] string Name,
    [property: Id(1)] ImmutableArray<string> Aliases,
    [property: Id(2)] bool Muted)
{
    public string Key => Name.ToLowerInvariant();

    public bool Answers(string word) =>
        Name.Equals(word, StringComparison.OrdinalIgnoreCase) || Aliases.Contains(word, StringComparer.OrdinalIgnoreCase);
}
