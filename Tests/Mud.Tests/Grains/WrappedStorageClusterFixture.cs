using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Mud.Tests.Grains;

/// <summary>
/// The game cluster with its grain storage "store" wrapped around the in-memory one, for tests whose storage
/// misbehaves (fails, hiccups) or counts what is written.
/// </summary>
public abstract class WrappedStorageClusterFixture<TStorage> : GameClusterFixture
    where TStorage : class, IGrainStorage
{
    public TStorage? Storage { get; private set; }

    protected abstract TStorage Wrap(IGrainStorage memory);

    protected override void AddStorage(ISiloBuilder silo)
    {
        silo.UseSystemTextJsonGrainStorageSerializer().AddMemoryGrainStorage("memory");
        silo.Services.AddKeyedSingleton<IGrainStorage>("store", (services, _) =>
            Storage = Wrap(services.GetRequiredKeyedService<IGrainStorage>("memory")));
    }
}
