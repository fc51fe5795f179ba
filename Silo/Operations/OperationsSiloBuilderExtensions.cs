using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Mud.Hosting;
using Orleans.Dashboard;
using Orleans.Serialization;

namespace Mud.Silo.Operations;

public static class OperationsSiloBuilderExtensions
{
    /// <summary>
    /// What operators see of a silo: the storage-failure filter with its metrics, readiness, and, unless
    /// <paramref name="dashboard"/> is false, the Orleans dashboard (mapped on the admin port by <see cref="MapMudDashboard"/>).
    /// </summary>
    public static ISiloBuilder AddMudOperations(this ISiloBuilder silo, bool dashboard)
    {
        silo.Services.AddSingleton<SiloMetrics>();
        silo.AddIncomingGrainCallFilter<StorageFailureFilter>();
        silo.Services.AddHealthChecks().AddCheck<SiloReadinessCheck>("silo", tags: [AdminEndpoint.ReadyTag]);

        // Npgsql's exceptions then cross silo boundaries intact (an activation that could not load its state),
        // rather than as a codec error.
        silo.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
        if (dashboard)
        {
            silo.AddDashboard();
        }

        return silo;
    }

    /// <summary>The dashboard at <c>/dashboard</c>, on the admin port only: it has no authentication of its own.</summary>
    public static WebApplication MapMudDashboard(this WebApplication app)
    {
        app.MapOrleansDashboard("/dashboard").AdminOnly();
        return app;
    }
}
