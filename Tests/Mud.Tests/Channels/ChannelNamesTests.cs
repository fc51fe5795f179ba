using Mud.Channels;

namespace Mud.Tests.Channels;

[Trait("Category", "Unit")]
public sealed class ChannelNamesTests
{
    [Theory]
    [InlineData("pub")]
    [InlineData("Trade2")]
    public void ShortWordsOfLettersAndDigits_MayNameChannels(string word) => Assert.Null(ChannelNames.Check(word));

    [Theory]
    [InlineData("p")]
    [InlineData("averyveryverylongname")]
    [InlineData("2fast")]
    [InlineData("bad-name")]
    [InlineData("look")]
    [InlineData("ne")]
    [InlineData("join")]
    public void TooShortTooLongPunctuatedOrCommandWords_MayNot(string word) => Assert.NotNull(ChannelNames.Check(word));
}
