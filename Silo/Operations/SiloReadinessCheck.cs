using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Mud.Silo.Operations;

/// <summary>
/// Ready while this silo is Active in the cluster's membership: it has joined, and it is not shutting down.
/// Deliberately blind to the database and to other silos, so a probe never takes a healthy silo out for them.
/// </summary>
internal sealed class SiloReadinessCheck(IClusterMembershipService membership, ILocalSiloDetails local) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(local.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The silo is {status} in the cluster."));
    }
}
