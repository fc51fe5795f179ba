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

    /// <summary>How many silos an instance has ports for (each silo gets ports of its own, see <c>MUD_SILO_PORTS</c>).</summary>
    public const int MaxSilos = 3;

    private MudInstance(string dataDirectory, int[] ports, IReadOnlyDictionary<string, string> settings)
    {
        WebSocketPort = ports[4];
        _settings = settings;
        DataDirectory = dataDirectory;
        TelnetPort = ports[0];
        WebPort = ports[1];
        PortalAdminPort = ports[2];
        WebAdminPort = ports[3];
        TelnetTlsPort = ports[5];
        WebSocketTlsPort = ports[6];
        SiloPorts = ports[7..(7 + MaxSilos)];
        GatewayPorts = ports[(7 + MaxSilos)..(7 + (2 * MaxSilos))];
        SiloAdminPorts = ports[(7 + (2 * MaxSilos))..];
    }

    public string DataDirectory { get; }

    public int TelnetPort { get; }

    public int WebPort { get; }

    /// <summary>Each silo's silo-to-silo port: silo N has entry N - 1.</summary>
    public int[] SiloPorts { get; }

    public int[] GatewayPorts { get; }

    /// <summary>Each silo's admin port (health, metrics, dashboard): silo N has entry N - 1.</summary>
    public int[] SiloAdminPorts { get; }

    /// <summary>The first silo's admin port.</summary>
    public int SiloAdminPort => SiloAdminPorts[0];

    public int PortalAdminPort { get; }

    public int WebAdminPort { get; }

    public int WebSocketPort { get; }

    public int TelnetTlsPort { get; }

    public int WebSocketTlsPort { get; }

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
        var ports = FreePorts.Take(7 + (3 * MaxSilos));
        var data = Path.Combine(Path.GetTempPath(), "mud-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        return new MudInstance(data, ports, settings ?? new Dictionary<string, string>());
    }

    public Task<string> RunLauncherAsync(string command) => RunLauncherAsync(command, expectSuccess: true);

    public Task<string> RunLauncherAsync(string command, bool expectSuccess) => RunLauncherAsync([command], expectSuccess);

    /// <summary>Runs <c>./mud</c> with several arguments (<c>start --silos 3 ...</c>).</summary>
    public async Task<string> RunLauncherAsync(IReadOnlyList<string> arguments, bool expectSuccess = true)
    {
        var (exitCode, text) = await RunLauncherWithExitCodeAsync(arguments);
        if (expectSuccess && exitCode != 0)
        {
            throw new InvalidOperationException($"./mud {string.Join(' ', arguments.Take(2))} exited with {exitCode}:\n{text}\n{Logs()}");
        }

        return text;
    }

    /// <summary>Runs <c>./mud</c> and returns how it exited and everything it wrote.</summary>
    public async Task<(int ExitCode, string Output)> RunLauncherWithExitCodeAsync(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot, "mud"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        // A developer's shell may export a set-up of its own (a bench world): the instance runs on what the test gives it.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("Mud__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in Environment().Concat(_settings))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
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
        ["Mud__Silo__Port"] = SiloPorts[0].ToString(CultureInfo.InvariantCulture),
        ["Mud__Silo__GatewayPort"] = GatewayPorts[0].ToString(CultureInfo.InvariantCulture),
        ["Mud__Silo__AdminPort"] = SiloAdminPorts[0].ToString(CultureInfo.InvariantCulture),
        ["MUD_SILO_PORTS"] = string.Join(',', SiloPorts),
        ["MUD_GATEWAY_PORTS"] = string.Join(',', GatewayPorts),
        ["MUD_SILO_ADMIN_PORTS"] = string.Join(',', SiloAdminPorts),
        ["Mud__Portal__AdminPort"] = PortalAdminPort.ToString(CultureInfo.InvariantCulture),
        ["Mud__Web__AdminPort"] = WebAdminPort.ToString(CultureInfo.InvariantCulture),
        ["Mud__WebSocket__Port"] = WebSocketPort.ToString(CultureInfo.InvariantCulture),
        ["Mud__Telnet__TlsPort"] = TelnetTlsPort.ToString(CultureInfo.InvariantCulture),
        ["Mud__WebSocket__TlsPort"] = WebSocketTlsPort.ToString(CultureInfo.InvariantCulture),
        ["Mud__Security__PasswordIterations"] = "1000",
        // Every test client comes from 127.0.0.1: the limits per address would otherwise be the whole game's.
        ["Mud__Telnet__MaxConnectionsPerAddress"] = "100000",
        ["Mud__Security__MaxAccountsPerAddress"] = "100000",
        ["Mud__Security__MaxAccountsOverall"] = "1000000",
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
