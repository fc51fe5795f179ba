using Mud.Characters;
using Mud.Rooms;

namespace Mud.Objects;

/// <summary>Finds the grain behind an <see cref="ObjectRef"/>, whatever its kind.</summary>
public static class ObjectGrainFactoryExtensions
{
    public static IGameObjectGrain GetObject(this IGrainFactory grains, ObjectRef target) => target.Kind switch
    {
        ObjectKind.Room => grains.GetGrain<IRoomGrain>(target.Key),
        ObjectKind.Character => grains.GetGrain<ICharacterGrain>(target.Key),
        _ => grains.GetGrain<IObjectGrain>(target.Key),
    };

    public static IObjectHolderGrain GetHolder(this IGrainFactory grains, ObjectRef target) => target.Kind switch
    {
        ObjectKind.Room => grains.GetGrain<IRoomGrain>(target.Key),
        ObjectKind.Character => grains.GetGrain<ICharacterGrain>(target.Key),
        _ => grains.GetGrain<IObjectGrain>(target.Key),
    };
}
