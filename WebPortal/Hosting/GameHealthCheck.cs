using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mud.WebPortal.Services;

namespace Mud.WebPortal.Hosting;

/// <summary>Ready when a cheap grain call (who is online) is answered in time.</summary>
internal sealed class GameHealthCheck(GameStatus game) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var online = await game.GetOnlineAsync(cancellationToken);
        return online.IsAvailable
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The game did not answer; it may be restarting.");
    }
}
