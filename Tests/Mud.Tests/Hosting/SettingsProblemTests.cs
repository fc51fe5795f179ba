using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Mud.Hosting;
using Mud.Portal.Hosting;

namespace Mud.Tests.Hosting;

/// <summary>An invalid setting stops a process with one line that names it.</summary>
[Trait("Category", "Unit")]
public sealed class SettingsProblemTests
{
    [Fact]
    public void AValueOutOfRange_IsDescribedByTheSettingsFullName()
    {
        var problem = ProblemWith(new() { ["Mud:Telnet:MaxQueuedLines"] = "0" });

        Assert.Equal("Mud:Telnet:MaxQueuedLines must be between 1 and 10000.", problem);
    }

    [Fact]
    public void AValueOfTheWrongType_IsDescribedNamingTheSetting()
    {
        var problem = ProblemWith(new() { ["Mud:Telnet:Port"] = "four thousand" });

        Assert.Contains("'Mud:Telnet:Port'", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem!);
    }

    [Fact]
    public void SeveralInvalidSettings_AreDescribedOnOneLine()
    {
        var problem = ProblemWith(new() { ["Mud:Telnet:MaxQueuedLines"] = "0", ["Mud:Telnet:MaxLineBytes"] = "1", ["Mud:WebSocket:MaxMessageBytes"] = "1" });

        Assert.Contains("Mud:Telnet:MaxQueuedLines", problem, StringComparison.Ordinal);
        Assert.Contains("Mud:Telnet:MaxLineBytes", problem, StringComparison.Ordinal);
        Assert.Contains("Mud:WebSocket:MaxMessageBytes", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem!);
    }

    [Theory]
    [InlineData("Mud:Telnet:TlsPort", "-1")]
    [InlineData("Mud:WebSocket:TlsPort", "65536")]
    public void ATlsPortOutsideZeroTo65535_IsDescribed(string setting, string value)
    {
        var problem = ProblemWith(new() { [setting] = value });

        Assert.Equal($"{setting} must be between 0 and 65535.", problem);
    }

    [Fact]
    public void TlsPortsOfZero_TurningThemOff_PassValidation()
    {
        Assert.Null(ProblemWith(new() { ["Mud:Telnet:TlsPort"] = "0", ["Mud:WebSocket:TlsPort"] = "0" }));
    }

    [Fact]
    public void ValidSettings_PassValidation()
    {
        Assert.Null(ProblemWith([]));
    }

    [Fact]
    public void AFailureUnrelatedToSettings_IsNotDescribed()
    {
        Assert.Null(SettingsProblem.Describe(new InvalidOperationException("something else")));
    }

    private static string? ProblemWith(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddTelnetPortal(configuration);
        services.AddWebSocketPortal(configuration);
        try
        {
            services.BuildServiceProvider().ValidateSettings();
            return null;
        }
        catch (Exception failure)
        {
            return SettingsProblem.Describe(failure) ?? throw new InvalidOperationException("the failure was not described", failure);
        }
    }
}
