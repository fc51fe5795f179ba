using System.Collections.Immutable;

namespace Mud.Channels;

/// <summary>The channels every game has, made at silo start when missing, and the ones a new account is put on.</summary>
public static class StandingChannels
{
    public static ChannelInfo Public { get; } = new("Public", ["pub"], "Talk with everyone in the game.", ChannelPolicy.Open);

    public static ChannelInfo Staff { get; } = new("Staff", [], "The staff's own channel.", ChannelPolicy.StaffOnly);

    public static ImmutableArray<ChannelInfo> All { get; } = [Public, Staff];

    /// <summary>Channels a new account is on from the start (as they are now, if staff changed them since).</summary>
    public static ImmutableArray<string> JoinedByNewAccounts { get; } = [Public.Name];
}
