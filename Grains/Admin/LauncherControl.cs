using System.Diagnostics;

namespace Mud.Admin;

/// <summary>What the launcher can be asked to do from inside the game.</summary>
public enum LauncherCommand
{
    /// <summary><c>./mud reload</c>: rebuild and restart the silos; players stay connected.</summary>
    Reload,

    /// <summary><c>./mud stop</c>: stop the Portal, the WebPortal and the silos.</summary>
    Stop,
}

/// <summary>
/// Runs the launcher (<c>Mud:Launcher</c>, which <c>./mud</c> sets for the silos it starts) on an administrator's
/// behalf, so <c>@reload</c> and <c>@shutdown</c> keep exactly the contract of <c>./mud reload</c> and <c>./mud stop</c>.
/// The launcher runs detached in a session of its own (<c>setsid</c>), so it outlives this silo, which it restarts
/// or stops; its output goes to <c>logs/launcher.log</c> in the data folder. One request per silo process.
/// </summary>
public sealed class LauncherControl(string? launcher, string dataDirectory)
{
    private int _requested;

    /// <summary>Why the launcher cannot be asked, or null when it can.</summary>
    public string? Unavailable => launcher is not { Length: > 0 } || !File.Exists(launcher)
        ? "This game was not started with ./mud, so it cannot restart or stop itself: ask the operator."
        : null;

    /// <summary>Starts the launcher; returns why not, or null once it is on its way.</summary>
    public async Task<string?> RunAsync(LauncherCommand command)
    {
        if (Unavailable is { } unavailable)
        {
            return unavailable;
        }

        if (Interlocked.Exchange(ref _requested, 1) == 1)
        {
            return "The launcher has been asked already; wait for it.";
        }

        var logs = Path.Combine(dataDirectory, "logs");
        Directory.CreateDirectory(logs);
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-c", "setsid \"$0\" \"$1\" >>\"$2\" 2>&1 </dev/null &",
            launcher!, command == LauncherCommand.Reload ? "reload" : "stop", Path.Combine(logs, "launcher.log"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var shell = Process.Start(start);
        if (shell is null)
        {
            Interlocked.Exchange(ref _requested, 0);
            return "The launcher could not be started; see the silo's log.";
        }

        await shell.WaitForExitAsync();
        return null;
    }
}
