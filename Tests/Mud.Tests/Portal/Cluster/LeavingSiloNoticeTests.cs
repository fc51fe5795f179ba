using System.Diagnostics;
using System.Globalization;
using Mud.Portal.Cluster;

namespace Mud.Tests.Portal.Cluster;

[Trait("Category", "Unit")]
public sealed class LeavingSiloNoticeTests : IDisposable
{
    private readonly string _run = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mud-leaving-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_run, recursive: true);

    [Fact]
    public void WithoutTheLaunchersFile_NoSiloIsLeaving()
    {
        Assert.False(new LeavingSiloNotice(_run).IsGiven());
    }

    [Fact]
    public void TheLaunchersFile_NamingARunningProcess_SaysASiloIsLeaving()
    {
        File.WriteAllText(Path.Combine(_run, "silo.leaving"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");

        Assert.True(new LeavingSiloNotice(_run).IsGiven());
    }

    [Fact]
    public void AFileLeftByALauncherKilledHalfWay_WhoseSiloIsGone_HoldsNothing()
    {
        using var exited = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        exited.WaitForExit();
        File.WriteAllText(Path.Combine(_run, "silo.leaving"), exited.Id.ToString(CultureInfo.InvariantCulture));

        Assert.False(new LeavingSiloNotice(_run).IsGiven());
    }

    [Fact]
    public void ASiloLeftAZombie_ByAParentThatNeverReapsIt_HoldsNothing()
    {
        // A short sleep runs in the background; the shell becomes a long `sleep` before it ends (so the shell cannot
        // reap it), and the long sleep never reaps its child.
        using var parent = Process.Start(new ProcessStartInfo("sh", ["-c", "sleep 0.5 & echo $!; exec sleep 30"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        try
        {
            var zombie = parent.StandardOutput.ReadLine()!.Trim();
            var stat = $"/proc/{zombie}/stat";
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!File.ReadAllText(stat).Contains(") Z ", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }

            Assert.Contains(") Z ", File.ReadAllText(stat), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(_run, "silo.leaving"), zombie);

            Assert.False(new LeavingSiloNotice(_run).IsGiven());
        }
        finally
        {
            parent.Kill();
        }
    }

    [Fact]
    public void Acknowledge_WritesTheFileTheLauncherWaitsFor()
    {
        new LeavingSiloNotice(_run).Acknowledge();

        Assert.Equal(Environment.ProcessId.ToString(CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(_run, "portal.holding")));
    }
}
