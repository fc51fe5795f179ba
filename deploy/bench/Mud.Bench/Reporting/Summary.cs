using System.Globalization;
using System.Text;

namespace Mud.Bench.Reporting;

/// <summary>The few lines a person reads after a run.</summary>
public static class Summary
{
    public static string Of(BenchReport report)
    {
        var s = report.Settings;
        var text = new StringBuilder();
        Line(text, $"{s.Target} {s.Scenario}: {s.Clients} clients, {(s.Rate > 0 ? $"{s.Rate}/s each" : "flat out")}, ramp {s.RampUp}s, {s.Duration}s of load");
        var l = report.Logins;
        Line(text, $"logins    {l.Succeeded}/{l.Attempted} in {l.Seconds:0.0}s = {l.PerSecond:0.0}/s (p50 {l.Latency.P50:0.0} ms, p99 {l.Latency.P99:0.0} ms), {l.AccountsCreated} accounts created");
        var load = report.Load;
        var what = s.Scenario switch
        {
            Options.Scenario.Say => "say→last listener",
            Options.Scenario.Channel => "send→each listener",
            _ => "round trip",
        };
        Line(text, $"load      {load.Replies} replies = {load.PerSecond:0.0}/s; {what} p50 {load.Latency.P50:0.00} p90 {load.Latency.P90:0.00} p99 {load.Latency.P99:0.00} max {load.Latency.Max:0.00} ms");
        if (load.Echo is { } echo)
        {
            var unheard = s.Scenario == Options.Scenario.Channel
                ? $"{load.Incomplete} deliveries missing, {load.Duplicates} duplicates"
                : $"{load.Incomplete} not heard by all";
            Line(text, $"echo      speaker's own round trip p50 {echo.P50:0.00} p99 {echo.P99:0.00} max {echo.Max:0.00} ms; {unheard}");
        }

        Line(text, $"cost      {load.ServerCpuMicrosecondsPerReply:0} µs of server CPU per reply");
        if (report.Traffic is { } t)
        {
            Line(text, $"traffic   {t.WireBytes / 1024.0:0.0} KiB on the wire, {t.TextBytes / 1024.0:0.0} KiB as written ({t.SavedPercent:0.0}% saved, {t.CompressedSessions}/{t.Sessions} sessions compressed); per session {t.WireBytesPerSession / 1024:0.0} / {t.TextBytesPerSession / 1024:0.0} KiB, {t.ServerCpuMillisecondsPerSession:0.0} ms server CPU");
        }

        Line(text, $"trouble   {load.Errors} errors, {load.Disconnects} disconnects, {load.ConnectedAtEnd}/{l.Succeeded} connected at the end; longest silence {load.LongestSilenceSeconds:0.000}s");
        foreach (var (kind, count) in report.Errors)
        {
            Line(text, $"  {count} × {kind}: {string.Join(" | ", report.ErrorExamples.GetValueOrDefault(kind) ?? [])}");
        }

        foreach (var p in report.Processes)
        {
            Line(text, $"{p.Name,-9} pid {p.Pid,-7} RSS {p.RssBeforeKiB / 1024.0:0.0} → {p.RssLoggedInKiB / 1024.0:0.0} → {p.RssAfterLoadKiB / 1024.0:0.0} MiB ({p.RssGrowthPerSessionBytes / 1024:0.0} KiB/session; PSS at rest {p.PssBeforeKiB / 1024.0:0.0} MiB), CPU {p.CpuPercentInLoad:0}% in load");
        }

        if (report.During is { } during)
        {
            Line(text, $"during    '{during.Command}' ran {during.StartedAt:0.0}s–{during.EndedAt:0.0}s, exit {during.ExitCode}: {during.OutputTail.Split('\n').LastOrDefault()}");
        }

        Line(text, $"machine   {report.Machine.Cores} cores, {report.Machine.MemoryGiB} GiB, load average at start {string.Join(' ', report.Machine.LoadAverageAtStart)}");
        return text.ToString();
    }

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
