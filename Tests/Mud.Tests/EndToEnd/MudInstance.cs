using System.Diagnostics;
using System.Globalization;

namespace Mud.Tests.EndToEnd;

/// <summary>
/// A whole MUD (silo, Portal, WebPortal) run through the real launcher on free loopback ports and a
/// temporary data folder. Disposing stops it, and kills by PID whatever the launcher could not stop.
/// </summary>
public sealed class MudInstance : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    private MudInstance(string dataDirectory, int telnetPort, int webPort, int siloPort, int gatewayPort, int webSocketPort, IReadOnlyDictionary<string, string> settings)
    {
        WebSocketPort = webSocketPort;
        _settings = settings;
        DataDirectory = dataDirectory;
        TelnetPort = telnetPort;
        WebPort = webPort;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    public string DataDirectory { get; }

    public int TelnetPort { get; }

    public int WebPort { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public int WebSocketPort { get; }

    public static string RepositoryRoot { get; } = FindRoot();

    public static async Task<MudInstance> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var mud = Create(settings);
        await mud.RunLauncherAsync("start");
        return mud;
    }

    /// <summary>An instance not yet started, with extra settings (environment variables) of its own.</summary>
    public static MudInstance Create(IReadOnlyDictionary<string, string>? settings = null)
    {
        var ports = FreePorts.Take(5);
        var data = Path.Combine(Path.GetTempPath(), "mud-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        return new MudInstance(data, ports[0], ports[1], ports[2], ports[3], ports[4], settings ?? new Dictionary<string, string>());
    }

    public Task<string> RunLauncherAsync(string command) => RunLauncherAsync(command, expectSuccess: true);

    public async Task<string> RunLauncherAsync(string command, bool expectSuccess)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot, "mud"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        foreach (var (key, value) in Environment().Concat(_settings))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await errors;
        if (expectSuccess && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"./mud {command} exited with {process.ExitCode}:\n{text}\n{Logs()}");
        }

        return text;
    }

    public Task<TelnetTestClient> ConnectAsync() => TelnetTestClient.ConnectAsync(TelnetPort);

    /// <summary>The process ids the launcher recorded, by process name.</summary>
    public IReadOnlyDictionary<string, int> Pids() =>
        Directory.Exists(Path.Combine(DataDirectory, "run"))
            ? Directory.GetFiles(Path.Combine(DataDirectory, "run"), "*.pid")
                .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => int.Parse(File.ReadAllText(f).Trim(), CultureInfo.InvariantCulture))
            : new Dictionary<string, int>();

    public string Logs()
    {
        var logs = Path.Combine(DataDirectory, "logs");
        return Directory.Exists(logs)
            ? string.Join("\n", Directory.GetFiles(logs, "*.log").Select(f => $"--- {Path.GetFileName(f)}\n{Tail(f)}"))
            : "(no logs)";
    }

    public async ValueTask DisposeAsync()
    {
        var pids = Pids();
        try
        {
            await RunLauncherAsync("stop", expectSuccess: false);
        }
        finally
        {
            foreach (var pid in pids.Values)
            {
                ProcessReaper.Kill(pid);
            }

            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A log still being written as the last process exits; the folder is in temp anyway.
            }
        }
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Mud__DataDirectory"] = DataDirectory,
        ["Mud__Telnet__Port"] = TelnetPort.ToString(CultureInfo.InvariantCulture),
        ["Mud__Web__Port"] = WebPort.ToString(CultureInfo.InvariantCulture),
        ["Mud__Silo__Port"] = SiloPort.ToString(CultureInfo.InvariantCulture),
        ["Mud__Silo__GatewayPort"] = GatewayPort.ToString(CultureInfo.InvariantCulture),
        ["Mud__WebSocket__Port"] = WebSocketPort.ToString(CultureInfo.InvariantCulture),
        ["Mud__Security__PasswordIterations"] = "1000",
        ["MUD_CONFIGURATION"] = AppContext.BaseDirectory.Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug",
        ["MUD_NO_BUILD"] = "1",
    };

    private static string Tail(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n');
        return string.Join('\n', lines.TakeLast(40));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mud.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Mud.sln not found above " + AppContext.BaseDirectory);
    }
}
