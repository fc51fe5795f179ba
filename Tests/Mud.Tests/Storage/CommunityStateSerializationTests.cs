using Microsoft.Extensions.Options;
using Mud.Accounts;
using Mud.Channels;
using Mud.Mail;
using Orleans.Serialization;
using Orleans.Storage;

namespace Mud.Tests.Storage;

/// <summary>Channel, mailbox and account states come back whole through the silo's grain-state serializer (System.Text.Json).</summary>
[Trait("Category", "Unit")]
public sealed class CommunityStateSerializationTests
{
    private static readonly SystemTextJsonGrainStorageSerializer Serializer = new(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    [Fact]
    public void ChannelAndDirectoryStates_RoundTrip()
    {
        var info = new ChannelInfo("Trade", ["tr", "market"], "Buying and selling.", ChannelPolicy.Open with { Speak = ChannelAccess.Staff });
        var line = new ChannelLine(new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero), "Alice", "|c[Trade]|n Alice: hi");

        var channel = RoundTrip(new ChannelState { Info = info, History = [line] });
        var directory = RoundTrip(new ChannelDirectoryState { Channels = [info, StandingChannels.Staff] });

        Assert.Equal(info.Name, channel.Info!.Name);
        Assert.Equal(info.Aliases.ToArray(), channel.Info.Aliases.ToArray());
        Assert.Equal(info.Policy, channel.Info.Policy);
        Assert.Equal(line, Assert.Single(channel.History));
        Assert.Equal([info.Name, "Staff"], directory.Channels.Select(c => c.Name));
        Assert.Equal(ChannelPolicy.StaffOnly, directory.Channels[1].Policy);
    }

    [Fact]
    public void AccountChannelsAndNicks_AndMail_RoundTrip()
    {
        var account = RoundTrip(new AccountState
        {
            Name = "Alice",
            Channels = [new ChannelSubscription("Public", ["pub"], Muted: true)],
            Nicks = new() { ["gr"] = "say Greetings" },
        });
        var letter = new MailMessage("Bob", ["Alice", "Carol"], "Hello", "A body.", DateTimeOffset.UnixEpoch, Read: true);
        var mailbox = RoundTrip(new MailboxState { Messages = [letter] });

        var subscription = Assert.Single(account.Channels);
        Assert.Equal("Public", subscription.Name);
        Assert.Equal(["pub"], subscription.Aliases.ToArray());
        Assert.True(subscription.Muted);
        Assert.Equal("say Greetings", account.Nicks["gr"]);
        var stored = Assert.Single(mailbox.Messages);
        Assert.Equal(letter.To.ToArray(), stored.To.ToArray());
        Assert.Equal(letter with { To = stored.To }, stored);
    }

    private static T RoundTrip<T>(T state) => Serializer.Deserialize<T>(Serializer.Serialize(state)) ?? throw new InvalidOperationException("nothing came back");
}
