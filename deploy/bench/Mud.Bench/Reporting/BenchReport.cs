using System.Text.Json;
using System.Text.Json.Serialization;
using Mud.Bench.Options;
using Mud.Bench.Scenarios;
using Mud.Bench.Statistics;

namespace Mud.Bench.Reporting;

public sealed record MachineInfo(int Cores, double MemoryGiB, string Os, double[] LoadAverageAtStart);

public sealed record LoginFigures(int Attempted, int Succeeded, int Failed, int AccountsCreated, double Seconds, double PerSecond, LatencySummary Latency);

public sealed record LoadFigures(
    double Seconds,
    int Replies,
    double PerSecond,
    LatencySummary Latency,
    LatencySummary? Echo,
    int Incomplete,
    int Duplicates,
    int Disconnects,
    int Errors,
    int ConnectedAtEnd,
    double LongestSilenceSeconds,
    double ServerCpuMicrosecondsPerReply);

/// <summary>
/// What the clients received over the whole run (logins and load): bytes off the wire, and bytes as the game
/// wrote them (after inflating MCCP2); equal without <c>--mccp</c>. Server CPU per session is that of the load.
/// </summary>
public sealed record TrafficFigures(
    int Sessions,
    int CompressedSessions,
    long WireBytes,
    long TextBytes,
    long SavedBytes,
    double SavedPercent,
    double WireBytesPerSession,
    double TextBytesPerSession,
    double ServerCpuMillisecondsPerSession);

/// <summary>
/// One server process over the run. Growth per session is (RSS logged in − RSS before) ÷ sessions logged in.
/// CPU is the share of one core during the workload (200 % = both cores of this machine). PSS at rest is 0 in
/// reports written before it was measured.
/// </summary>
public sealed record ProcessFigures(
    string Name,
    int Pid,
    long RssBeforeKiB,
    long RssLoggedInKiB,
    long RssAfterLoadKiB,
    double RssGrowthPerSessionBytes,
    double CpuSecondsInLoad,
    double CpuPercentInLoad,
    long PssBeforeKiB = 0);

/// <summary>The JSON report of one run.</summary>
public sealed record BenchReport(
    string Tool,
    DateTimeOffset FinishedAt,
    MachineInfo Machine,
    string CommandLine,
    BenchOptions Settings,
    IReadOnlyDictionary<string, string> Environment,
    LoginFigures Logins,
    LoadFigures Load,
    IReadOnlyList<ProcessFigures> Processes,
    DuringResult? During,
    IReadOnlyDictionary<string, int> Errors,
    IReadOnlyDictionary<string, string[]> ErrorExamples,
    IReadOnlyList<TimelineRow> Timeline,
    TrafficFigures? Traffic = null)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BenchReport FromJson(string json) =>
        JsonSerializer.Deserialize<BenchReport>(json, Json) ?? throw new FormatException("The report is empty.");

    public static BenchReport Build(RunFacts facts)
    {
        var recorder = facts.Recorder;
        var options = facts.Options;
        var samples = recorder.Samples;
        var inLoad = samples.Where(s => s.At >= facts.LoadStart).ToList();
        var loadSeconds = Math.Max(facts.LoadEnd - facts.LoadStart, 0.001);
        var echoes = recorder.Echoes;
        var events = recorder.Events;
        var loginSeconds = Math.Max(facts.LoginEnd, 0.001);
        var logins = recorder.Logins;
        var disconnects = events.Count(e => e.Kind == RunEventKind.Disconnect);

        var processes = facts.AfterLoad.Select(after =>
        {
            var before = facts.Before.FirstOrDefault(b => b.Name == after.Name);
            var loggedIn = facts.LoggedInReadings.FirstOrDefault(b => b.Name == after.Name);
            var cpu = facts.Sampler.CpuSeconds(facts.LoadStart, facts.LoadEnd).GetValueOrDefault(after.Name);
            var growth = facts.LoggedIn > 0 && before.RssKiB > 0 ? (loggedIn.RssKiB - before.RssKiB) * 1024.0 / facts.LoggedIn : 0;
            return new ProcessFigures(after.Name, after.Pid, before.RssKiB, loggedIn.RssKiB, after.RssKiB, Math.Round(growth), cpu, Math.Round(cpu / loadSeconds * 100, 1), before.PssKiB);
        }).ToList();

        return new BenchReport(
            "Mud.Bench",
            DateTimeOffset.UtcNow,
            new MachineInfo(System.Environment.ProcessorCount, Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1), System.Runtime.InteropServices.RuntimeInformation.OSDescription, facts.LoadAverage),
            string.Join(' ', facts.CommandLine.Select(Quote)),
            options,
            System.Environment.GetEnvironmentVariables().Keys.OfType<string>()
                .Where(k => k.StartsWith("Mud__", StringComparison.Ordinal) || k.StartsWith("MUD_", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToDictionary(k => k, k => System.Environment.GetEnvironmentVariable(k) ?? ""),
            new LoginFigures(options.Clients, facts.LoggedIn, options.Clients - facts.LoggedIn, recorder.Created, Math.Round(loginSeconds, 3), Math.Round(facts.LoggedIn / loginSeconds, 1), Rounded(LatencySummary.Of(logins))),
            new LoadFigures(
                Math.Round(loadSeconds, 3),
                inLoad.Count,
                Math.Round(inLoad.Count / loadSeconds, 1),
                Rounded(LatencySummary.Of(inLoad.Select(s => s.Milliseconds))),
                echoes.Count > 0 ? Rounded(LatencySummary.Of(echoes.Select(s => s.Milliseconds))) : null,
                facts.Incomplete,
                facts.Duplicates,
                disconnects,
                recorder.Errors.Values.Sum(),
                facts.ConnectedAtEnd,
                Math.Round(LongestSilence(inLoad.Select(s => s.At), facts.LoadStart, facts.LoadEnd), 3),
                inLoad.Count > 0 ? Math.Round(processes.Where(IsServer).Sum(p => p.CpuSecondsInLoad) * 1e6 / inLoad.Count, 1) : 0),
            processes,
            facts.During,
            recorder.Errors,
            recorder.ErrorExamples,
            Statistics.Timeline.Build(facts.End, facts.LoadStart, facts.LoadEnd, samples, events, facts.Sampler.Readings),
            TrafficOf(facts.Traffic, processes.Where(IsServer).Sum(p => p.CpuSecondsInLoad)));
    }

    private static TrafficFigures TrafficOf(ClientTraffic t, double serverCpuSeconds)
    {
        var sessions = Math.Max(t.Sessions, 1);
        var saved = t.TextBytes - t.WireBytes;
        return new TrafficFigures(
            t.Sessions,
            t.CompressedSessions,
            t.WireBytes,
            t.TextBytes,
            saved,
            t.TextBytes > 0 ? Math.Round(saved * 100.0 / t.TextBytes, 1) : 0,
            Math.Round((double)t.WireBytes / sessions),
            Math.Round((double)t.TextBytes / sessions),
            Math.Round(serverCpuSeconds * 1000 / sessions, 2));
    }

    /// <summary>The longest stretch of the workload in which no reply arrived at all: the gap every player saw.</summary>
    public static double LongestSilence(IEnumerable<double> arrivals, double from, double to)
    {
        var longest = 0.0;
        var last = from;
        foreach (var at in arrivals.Where(a => a >= from && a <= to).Order())
        {
            longest = Math.Max(longest, at - last);
            last = at;
        }

        return Math.Max(longest, to - last);
    }

    /// <summary>The game's own processes: not the load tool, and not the web site, which no scenario uses.</summary>
    public static bool IsServer(ProcessFigures p) => p.Name is not ("bench" or "web");

    /// <summary>Every process of the game under test, the web front end included; not the load tool.</summary>
    public static bool IsGame(ProcessFigures p) => p.Name != "bench";

    private static LatencySummary Rounded(LatencySummary s) =>
        new(s.Count, Math.Round(s.Mean, 3), Math.Round(s.P50, 3), Math.Round(s.P90, 3), Math.Round(s.P99, 3), Math.Round(s.Max, 3));

    private static string Quote(string arg) => arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,".Contains(c)) ? arg : $"'{arg.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
