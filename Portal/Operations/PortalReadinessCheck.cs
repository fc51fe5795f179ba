using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mud.Portal.Cluster;

namespace Mud.Portal.Operations;

/// <summary>Ready while the Portal is connected to the game with every session resumed (not holding input).</summary>
internal sealed class PortalReadinessCheck(ClusterLink link) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(link.IsOnline
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Not connected to the game; input is being held."));
}
