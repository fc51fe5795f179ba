using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Mud.Tests.EndToEnd;

/// <summary>
/// The real tintin++ playing a script against the MUD, in a folder of its own (also its <c>$HOME</c>, where it keeps
/// the certificates it has seen), with its screen kept as text. Disposing kills it and deletes the folder.
/// </summary>
public sealed partial class TintinRun : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly SemaphoreSlim _changed = new(0);

    private TintinRun(DirectoryInfo folder, Process process)
    {
        Folder = folder;
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            lock (_output)
            {
                _output.AppendLine(e.Data);
            }

            _changed.Release();
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The folder tintin runs in, for files its script writes (logs).</summary>
    public DirectoryInfo Folder { get; }

    /// <summary>What tintin has shown so far, without its colour codes.</summary>
    public string Text
    {
        get
        {
            lock (_output)
            {
                return AnsiEscape().Replace(_output.ToString(), "");
            }
        }
    }

    /// <summary>The last lines of <see cref="Text"/>, for failure messages.</summary>
    public string Tail => Text is { Length: > 3000 } text ? text[^3000..] : Text;

    /// <summary>A name no other test's player has, of letters only, as tintin scripts need.</summary>
    public static string UniqueName(string prefix) =>
        prefix + new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).Take(8).ToArray());

    /// <summary>Starts tintin on a script; <paramref name="script"/> gets the run's folder, so it can name files in it.</summary>
    public static async Task<TintinRun> StartAsync(Func<DirectoryInfo, string> script)
    {
        var tintin = new[] { "/usr/games/tt++", "/usr/bin/tt++" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("tt++ is not installed: ./mud test installs Debian's tintin++ (deploy/scripts/run-tests.sh).");
        var folder = Directory.CreateTempSubdirectory("mud-tintin-");
        var path = Path.Combine(folder.FullName, "play.tin");
        await File.WriteAllTextAsync(path, script(folder));
        var start = new ProcessStartInfo(tintin, ["-H", "-G", path])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.FullName,
        };
        start.Environment["HOME"] = folder.FullName;
        return new TintinRun(folder, Process.Start(start)!);
    }

    /// <summary>Waits until tintin has shown every one of <paramref name="expected"/>; returns its text.</summary>
    public async Task<string> WaitForAsync(params string[] expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        while (!expected.All(e => Text.Contains(e, StringComparison.Ordinal)))
        {
            try
            {
                await _changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected tintin to show {string.Join(", ", expected.Where(e => !Text.Contains(e, StringComparison.Ordinal)))}. tintin:\n{Tail}");
            }
        }

        return Text;
    }

    public void Dispose()
    {
        ProcessReaper.Kill(_process.Id);
        _process.Dispose();
        Folder.Delete(recursive: true);
    }

    [GeneratedRegex("\u001b\\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}
