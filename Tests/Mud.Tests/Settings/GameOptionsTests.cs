using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mud.Settings;

namespace Mud.Tests.Settings;

[Trait("Category", "Unit")]
public sealed class GameOptionsTests
{
    [Fact]
    public void Mode0_WithoutACharacterLimit_IsValid_AndAllowsOneCharacter()
    {
        var options = Validated(new() { ["Mud:MultisessionMode"] = "0" });

        Assert.Equal(1, options.CharacterLimit);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void OtherModes_WithoutACharacterLimit_AllowFiveCharacters(string mode)
    {
        Assert.Equal(5, Validated(new() { ["Mud:MultisessionMode"] = mode }).CharacterLimit);
    }

    [Fact]
    public void AnExplicitCharacterLimit_IsKept()
    {
        Assert.Equal(9, Validated(new() { ["Mud:MultisessionMode"] = "2", ["Mud:MaxCharactersPerAccount"] = "9" }).CharacterLimit);
    }

    [Fact]
    public void Mode0_WithAnExplicitLimitAboveOne_IsRefused_NamingBothSettings()
    {
        var refused = Assert.Throws<OptionsValidationException>(() =>
            Validated(new() { ["Mud:MultisessionMode"] = "0", ["Mud:MaxCharactersPerAccount"] = "5" }));

        Assert.Contains("Mud:MultisessionMode 0", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Mud:MaxCharactersPerAccount must be 1 (it is 5)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACharacterLimitOutOfRange_IsRefused()
    {
        Assert.Throws<OptionsValidationException>(() => Validated(new() { ["Mud:MaxCharactersPerAccount"] = "0" }));
    }

    private static GameOptions Validated(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<GameOptions>().Bind(configuration.GetSection(GameOptions.Section)).ValidateDataAnnotations();
        services.AddSingleton<IValidateOptions<GameOptions>, GameOptionsValidator>();
        return services.BuildServiceProvider().GetRequiredService<IOptions<GameOptions>>().Value;
    }
}
