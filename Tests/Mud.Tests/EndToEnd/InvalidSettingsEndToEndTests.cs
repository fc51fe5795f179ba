using System.Diagnostics;
using System.Globalization;

namespace Mud.Tests.EndToEnd;

/// <summary>The real silo and Portal processes, started with an invalid setting: one line that names it, and a failed exit.</summary>
[Trait("Category", "EndToEnd")]
[Collection(EndToEndCollection.Name)]
public sealed class InvalidSettingsEndToEndTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData("Silo", "Mud__MultisessionMode", "7", "Mud:MultisessionMode must be 0")]
    [InlineData("Silo", "Mud__MaxCharactersPerAccount", "0", "Mud:MaxCharactersPerAccount must be between 1 and 100")]
    [InlineData("Silo", "Mud__Vitals__SaveSeconds", "soon", "'Mud:Vitals:SaveSeconds'")]
    [InlineData("Portal", "Mud__Telnet__MaxQueuedLines", "0", "Mud:Telnet:MaxQueuedLines must be between 1 and 10000")]
    [InlineData("Portal", "Mud__WebSocket__TlsPort", "65536", "Mud:WebSocket:TlsPort must be between 0 and 65535")]
    public async Task AProcess_WithAnInvalidSetting_ExitsWithOneLineNamingIt(string project, string variable, string value, string expected)
    {
        var data = Path.Combine(Path.GetTempPath(), "mud-settings-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (exitCode, output) = await RunAsync(project, data, new Dictionary<string, string> { [variable] = value });

            Assert.NotEqual(0, exitCode);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.True(lines.Length == 1, $"expected one line, got:\n{output}");
            Assert.Contains(expected, lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string project, string data, Dictionary<string, string> settings)
    {
        var configuration = AppContext.BaseDirectory.Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var folder = Path.Combine(MudInstance.RepositoryRoot, project, "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, $"Mud.{project}.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("Mud__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        // Free ports, so that a process that wrongly starts disturbs nothing.
        var ports = FreePorts.Take(8).Select(p => p.ToString(CultureInfo.InvariantCulture)).ToArray();
        start.Environment["Mud__DataDirectory"] = data;
        start.Environment["Mud__Silo__Port"] = ports[0];
        start.Environment["Mud__Silo__GatewayPort"] = ports[1];
        start.Environment["Mud__Silo__AdminPort"] = ports[2];
        start.Environment["Mud__Telnet__Port"] = ports[3];
        start.Environment["Mud__WebSocket__Port"] = ports[4];
        start.Environment["Mud__Portal__AdminPort"] = ports[5];
        start.Environment["Mud__Telnet__TlsPort"] = ports[6];
        start.Environment["Mud__WebSocket__TlsPort"] = ports[7];
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(Patience);
            return (process.ExitCode, await output + await errors);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"Mud.{project} was still running {Patience} after starting with an invalid setting");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
