namespace Mud.Tests.Grains.Community;

[Collection(CommunityClusterCollection.Name)]
[Trait("Category", "Integration")]
public sealed class MailCommandTests(CommunityClusterFixture cluster) : CommunityTestBase(cluster)
{
    [Fact]
    public async Task ALetter_IsListedUnread_ReadInFull_ThenMarkedRead_AndDeleted()
    {
        var (sender, senderName) = await NewAccountAsync();
        var (recipient, recipientName) = await NewAccountAsync();

        await sender.TypeAsync($"mail {recipientName} = Greetings/Meet me at the |rfountain.");
        await sender.WaitForAsync($"Letter sent to {recipientName}.");
        await recipient.WaitForAsync($"You have a new letter from {senderName}: Greetings.");

        await recipient.TypeAsync("mail");
        var inbox = await recipient.WaitForAsync("Your letters (1 of at most 3");
        Assert.Matches(@"\*\s+1\s+" + senderName + @"\s+\w+ \d+\s+Greetings", inbox);

        await recipient.TypeAsync("mail read 1");
        var letter = await recipient.WaitForAsync("Letter 1");
        Assert.Contains($"From:    {senderName}", letter, StringComparison.Ordinal);
        Assert.Contains($"To:      {recipientName}", letter, StringComparison.Ordinal);
        Assert.Contains("Subject: Greetings", letter, StringComparison.Ordinal);
        Assert.EndsWith("Meet me at the |rfountain.", letter, StringComparison.Ordinal);

        recipient.ClearReceived();
        await recipient.TypeAsync("mail");
        inbox = await recipient.WaitForAsync("Your letters");
        Assert.DoesNotContain("*  ", inbox.Split('\n')[1], StringComparison.Ordinal);

        await recipient.TypeAsync("mail delete 1");
        await recipient.WaitForAsync("Letter 1 deleted.");
        await recipient.TypeAsync("mail");
        await recipient.WaitForAsync("You have no letters.");
    }

    [Fact]
    public async Task LoggingIn_TellsOfUnreadLetters()
    {
        var (sender, _) = await NewAccountAsync();
        var (recipient, recipientName) = await NewAccountAsync();
        await recipient.TypeAsync("quit");
        await sender.TypeAsync($"mail {recipientName} = One/first");
        await sender.TypeAsync($"mail {recipientName} = Two/second");
        await sender.WaitForAsync($"Letter sent to {recipientName}.");

        var again = await LogInAsync(recipientName);

        await again.WaitForAsync("You have 2 unread letters. Type mail to see them.");
    }

    [Fact]
    public async Task ALetter_GoesToEveryRecipient_NamedByAccountOrCharacter_OnceEach()
    {
        var (sender, senderName) = await NewAccountAsync();
        var (first, firstName) = await NewAccountAsync();
        var (second, secondName) = await NewAccountAsync();
        var character = TestPlayer.UniqueName();
        await second.TypeAsync($"charcreate {character} = A second face.");
        await second.WaitForAsync($"Character {character} created");

        await sender.TypeAsync($"mail {firstName}, {character},{secondName} = News/For you both.");

        await sender.WaitForAsync($"Letter sent to {firstName}, {secondName}.");
        await first.WaitForAsync($"You have a new letter from {senderName}: News.");
        await second.WaitForAsync($"You have a new letter from {senderName}: News.");
        await second.TypeAsync("mail read 1");
        await second.WaitForAsync($"To:      {firstName}, {secondName}");
    }

    [Fact]
    public async Task Reply_AnswersTheSender_WithOneRe()
    {
        var (sender, senderName) = await NewAccountAsync();
        var (recipient, recipientName) = await NewAccountAsync();
        await sender.TypeAsync($"mail {recipientName} = Question/Are you coming?");
        await recipient.WaitForAsync("You have a new letter");

        await recipient.TypeAsync("mail reply 1 = Yes.");
        await recipient.WaitForAsync($"Letter sent to {senderName}.");
        await sender.TypeAsync("mail reply 1 = Good.");

        await recipient.WaitForAsync($"You have a new letter from {senderName}: Re: Question.");
    }

    [Fact]
    public async Task Limits_OnRecipients_Subject_Body_AndAFullMailbox_AreExplained()
    {
        var (sender, _) = await NewAccountAsync();
        var (recipient, recipientName) = await NewAccountAsync();
        var many = string.Join(",", Enumerable.Repeat(recipientName, CommunityClusterFixture.MaxRecipients + 1));

        await sender.TypeAsync($"mail {many} = Hi/there");
        await sender.WaitForAsync($"Not sent: a letter may go to at most {CommunityClusterFixture.MaxRecipients} players.");
        await sender.TypeAsync($"mail {recipientName} = {new string('s', CommunityClusterFixture.MaxSubjectLength + 1)}/body");
        await sender.WaitForAsync($"Not sent: the subject is too long (at most {CommunityClusterFixture.MaxSubjectLength} characters).");
        await sender.TypeAsync($"mail {recipientName} = Subject/{new string('b', CommunityClusterFixture.MaxBodyLength + 1)}");
        await sender.WaitForAsync($"Not sent: the body is too long (at most {CommunityClusterFixture.MaxBodyLength} characters).");
        await sender.TypeAsync($"mail {recipientName} = Subject/");
        await sender.WaitForAsync("Not sent: a letter needs a body.");
        await sender.TypeAsync("mail Nosuchplayerhere = Subject/body");
        await sender.WaitForAsync("Not sent: there is no player called Nosuchplayerhere.");

        for (var i = 0; i < CommunityClusterFixture.MaxLetters; i++)
        {
            await sender.TypeAsync($"mail {recipientName} = Letter{i}/body");
        }

        await sender.TypeAsync($"mail {recipientName} = Onetoomany/body");

        await sender.WaitForAsync($"Not sent to {recipientName}: that mailbox is full.");
        await recipient.TypeAsync("mail");
        await recipient.WaitForAsync($"Your letters ({CommunityClusterFixture.MaxLetters} of at most {CommunityClusterFixture.MaxLetters}");
    }

    [Fact]
    public async Task Mail_WithWrongArguments_GivesUsageOrSaysWhy()
    {
        var (player, _) = await NewAccountAsync();

        string[] usages = ["mail someone", "mail someone = no slash", "mail = Subject/body", "mail read", "mail read x", "mail delete", "mail delete -1", "mail reply 1", "mail reply x = body", "mail reply 1 ="];
        foreach (var line in usages)
        {
            await player.TypeAsync(line);
        }

        await player.TypeAsync("mail read 9");
        await player.TypeAsync("mail delete 9");
        await player.TypeAsync("mail reply 9 = hello");
        await player.WaitForAsync("You have no letter number 9.");
        await WaitForCountAsync(player, t => t.StartsWith("Usage: ", StringComparison.Ordinal) && t.Contains("mail", StringComparison.Ordinal), usages.Length);
        await WaitForCountAsync(player, t => t.StartsWith("You have no letter number 9.", StringComparison.Ordinal), 3);
    }
}
