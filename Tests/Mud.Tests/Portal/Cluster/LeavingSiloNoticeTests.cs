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
    public void Acknowledge_WritesTheFileTheLauncherWaitsFor()
    {
        new LeavingSiloNotice(_run).Acknowledge();

        Assert.Equal(Environment.ProcessId.ToString(CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(_run, "portal.holding")));
    }
}
