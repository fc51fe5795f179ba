using System.Diagnostics;

namespace Mud.Tests.EndToEnd.Cluster;

/// <summary>
/// A PostgreSQL server of the test's own (<c>deploy/scripts/test-postgres.sh</c>), which the test may stop and
/// start again, to play a database outage without disturbing the server the other tests share.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mud-e2e-pg-" + Guid.NewGuid().ToString("N")[..8]);

    private PrivatePostgres()
    {
    }

    public string ConnectionString { get; private set; } = "";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var server = new PrivatePostgres();
        server.ConnectionString = LastLine(await server.RunAsync("start"));
        return server;
    }

    /// <summary>Stops the server, keeping its data: connections are cut and new ones refused.</summary>
    public Task PauseAsync() => RunAsync("pause");

    /// <summary>Starts it again on the same port.</summary>
    public Task ResumeAsync() => RunAsync("resume");

    public async ValueTask DisposeAsync() => await RunAsync("stop");

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1].Trim();

    private async Task<string> RunAsync(string command)
    {
        var script = Path.Combine(MudInstance.RepositoryRoot, "deploy", "scripts", "test-postgres.sh");
        var start = new ProcessStartInfo("bash", [script, command, _directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"test-postgres.sh {command} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        }

        return await output;
    }
}
