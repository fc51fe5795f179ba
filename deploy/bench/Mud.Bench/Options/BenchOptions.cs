using System.Globalization;

namespace Mud.Bench.Options;

/// <summary>Everything one run of the load tool is told on its command line.</summary>
public sealed record BenchOptions
{
    public Scenario Scenario { get; init; } = Scenario.Think;

    public Target Target { get; init; } = Target.Mud;

    public int Clients { get; init; } = 100;

    /// <summary>Commands per second per client; 0 means as fast as replies come back.</summary>
    public double Rate { get; init; } = 1;

    /// <summary>Seconds over which the clients connect and log in.</summary>
    public double RampUp { get; init; } = 10;

    /// <summary>Seconds the workload runs once every client is logged in.</summary>
    public double Duration { get; init; } = 30;

    /// <summary>Logins in progress at once, so a short ramp does not open every socket in the same instant.</summary>
    public int LoginConcurrency { get; init; } = 200;

    /// <summary>Seconds to wait for any one reply before counting it as an error.</summary>
    public double ReplyTimeout { get; init; } = 30;

    /// <summary>Seconds to wait after the logins before the idle scenario reads memory.</summary>
    public double Settle { get; init; } = 10;

    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 4000;

    /// <summary>Account names are this prefix and letters for the client's number.</summary>
    public string AccountPrefix { get; init; } = "bench";

    public string Password { get; init; } = "benchpass1";

    public string? OutputPath { get; init; }

    /// <summary>A folder of <c>*.pid</c> files (the launcher's <c>data/run</c>) naming the server processes to watch.</summary>
    public string? RunDirectory { get; init; }

    /// <summary>Server processes named on the command line as <c>name=pid</c>.</summary>
    public IReadOnlyDictionary<string, int> Pids { get; init; } = new Dictionary<string, int>();

    /// <summary>After logging in, walk to room <c>r&lt;n mod Spread&gt;</c> of a generated world (see <c>world</c>).</summary>
    public int Spread { get; init; }

    /// <summary>How many clients talk in the channel scenario; all of them listen.</summary>
    public int Speakers { get; init; } = 1;

    /// <summary>The two directions the walk scenario alternates between.</summary>
    public IReadOnlyList<string> WalkDirections { get; init; } = ["east", "west"];

    /// <summary>A shell command run while the workload runs, such as <c>./mud reload</c>.</summary>
    public string? During { get; init; }

    /// <summary>Seconds into the workload at which <see cref="During"/> starts.</summary>
    public double DuringAt { get; init; } = 10;

    /// <summary>
    /// A hard ceiling on the whole run, whatever the server does: ramp, load, the idle settle, two reply
    /// timeouts and a minute, plus time for logins at no less than ten a second.
    /// </summary>
    public double MaxSeconds => RampUp + Duration + Settle + (2 * ReplyTimeout) + 60 + (Clients / 10.0);

    /// <summary>Agree to MCCP2 when the server offers it, and inflate what it sends (the report counts both sizes).</summary>
    public bool Mccp { get; init; }

    /// <summary>
    /// An administrator of the Mud, with whose login every client's account is made a Builder before the workload:
    /// the mixed round builds, which a Mud player may not (any TinyMUX player may).
    /// </summary>
    public AdminLogin? Admin { get; init; }

    /// <summary>A free-text label copied into the report.</summary>
    public string Label { get; init; } = "";

    public static string Usage => """
        Mud.Bench [run] [options]          drive telnet clients against a server and report
        Mud.Bench world --rooms N [--items K] --output FILE   write a world of N rooms (K items in r0) for spread-out load
        Mud.Bench compare OURS.json THEIRS.json   print our figures as ratios to another run's
        Mud.Bench median RUN.json...              the median of each headline figure over repeated runs

        --scenario idle|think|say|walk|look|mixed|oob|channel  (think)     --target mud|tinymux (mud)
        --clients N (100)   --rate PER_CLIENT_PER_SECOND, 0 = flat out (1)
        --ramp SECONDS (10)   --duration SECONDS (30)   --login-concurrency N (200)
        --timeout SECONDS per reply (30)   --settle SECONDS before idle memory is read (10)
        --host ADDRESS (127.0.0.1)   --port N (4000)
        --prefix ACCOUNT_PREFIX (bench)   --password TEXT (benchpass1)
        --output FILE.json   --run-dir DATA/run   --pid NAME=PID (repeatable)
        --spread ROOMS   --walk DIR,DIR (east,west)   --speakers N talking in the channel scenario (1)
        --during "SHELL COMMAND"   --during-at SECONDS (10)   --label TEXT
        --mccp   agree to MCCP2 compression (telnet option 86) and count the bytes saved
        --admin NAME:PASSWORD   an Admin of the Mud, who makes every client a Builder first (mixed needs it)
        """;

    /// <summary>Parses <c>run</c> options; throws <see cref="FormatException"/> naming the bad option.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var pids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value()
            {
                if (i + 1 >= args.Count)
                {
                    throw new FormatException($"{name} needs a value.");
                }

                return args[++i];
            }

            options = name switch
            {
                "--scenario" => options with { Scenario = ParseEnum<Scenario>(name, Value()) },
                "--target" => options with { Target = ParseEnum<Target>(name, Value()) },
                "--clients" => options with { Clients = ParseInt(name, Value(), 1, 100_000) },
                "--rate" => options with { Rate = ParseDouble(name, Value(), 0, 10_000) },
                "--ramp" => options with { RampUp = ParseDouble(name, Value(), 0, 3_600) },
                "--duration" => options with { Duration = ParseDouble(name, Value(), 0.1, 3_600) },
                "--login-concurrency" => options with { LoginConcurrency = ParseInt(name, Value(), 1, 100_000) },
                "--timeout" => options with { ReplyTimeout = ParseDouble(name, Value(), 0.1, 600) },
                "--settle" => options with { Settle = ParseDouble(name, Value(), 0, 600) },
                "--host" => options with { Host = Value() },
                "--port" => options with { Port = ParseInt(name, Value(), 1, 65_535) },
                "--prefix" => options with { AccountPrefix = ParsePrefix(name, Value()) },
                "--password" => options with { Password = ParsePassword(name, Value()) },
                "--output" => options with { OutputPath = Value() },
                "--run-dir" => options with { RunDirectory = Value() },
                "--pid" => AddPid(options, pids, name, Value()),
                "--spread" => options with { Spread = ParseInt(name, Value(), 0, 100_000) },
                "--walk" => options with { WalkDirections = ParseDirections(name, Value()) },
                "--speakers" => options with { Speakers = ParseInt(name, Value(), 1, 100_000) },
                "--during" => options with { During = Value() },
                "--during-at" => options with { DuringAt = ParseDouble(name, Value(), 0, 3_600) },
                "--label" => options with { Label = Value() },
                "--mccp" => options with { Mccp = true },
                "--admin" => options with { Admin = ParseAdmin(name, Value()) },
                _ => throw new FormatException($"Unknown option '{name}'."),
            };
        }

        if (options.Scenario == Scenario.Oob && options.Target == Target.TinyMux)
        {
            throw new FormatException("--scenario oob needs --target mud: TinyMUX speaks neither MSDP nor GMCP.");
        }

        if (options.Scenario == Scenario.Channel && options.Target == Target.TinyMux)
        {
            throw new FormatException("--scenario channel needs --target mud: it talks on Mud's Public channel.");
        }

        if (options.Scenario == Scenario.Mixed && options.Target == Target.Mud && options.Admin is null)
        {
            throw new FormatException("--scenario mixed on the Mud needs --admin NAME:PASSWORD: its round builds, which only a Builder may.");
        }

        if (options.Admin is not null && options.Target == Target.TinyMux)
        {
            throw new FormatException("--admin is for --target mud: any TinyMUX player may build.");
        }

        return options with { Pids = pids };
    }

    private static BenchOptions AddPid(BenchOptions options, Dictionary<string, int> pids, string name, string value)
    {
        var parts = value.Split('=', 2);
        if (parts.Length != 2 || parts[0].Length == 0 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 0)
        {
            throw new FormatException($"{name} wants NAME=PID, not '{value}'.");
        }

        pids[parts[0]] = pid;
        return options;
    }

    private static T ParseEnum<T>(string name, string value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException($"{name} must be one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}, not '{value}'.");

    private static int ParseInt(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? parsed
            : throw new FormatException($"{name} must be a whole number from {min} to {max}, not '{value}'.");

    private static double ParseDouble(string name, string value, double min, double max) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? parsed
            : throw new FormatException($"{name} must be a number from {min} to {max}, not '{value}'.");

    private static string ParsePrefix(string name, string value) =>
        value.Length is >= 1 and <= 12 && value.All(char.IsAsciiLetter)
            ? value.ToLowerInvariant()
            : throw new FormatException($"{name} must be 1 to 12 letters (account names are letters only), not '{value}'.");

    private static string ParsePassword(string name, string value) =>
        value.Length >= 8 && !value.Any(char.IsWhiteSpace)
            ? value
            : throw new FormatException($"{name} must be at least 8 characters without spaces.");

    private static AdminLogin ParseAdmin(string name, string value) =>
        value.Split(':', 2) is [{ Length: > 0 } admin, { Length: > 0 } password] && !value.Any(char.IsWhiteSpace)
            ? new AdminLogin(admin, password)
            : throw new FormatException($"{name} wants NAME:PASSWORD, not '{value}'.");

    private static string[] ParseDirections(string name, string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: 2 } pair && pair.All(p => p.All(char.IsAsciiLetter))
            ? pair
            : throw new FormatException($"{name} wants two directions such as east,west, not '{value}'.");
}
