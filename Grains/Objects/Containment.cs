namespace Mud.Objects;

/// <summary>Keeps containers from holding themselves, directly (<c>put bag in bag</c>) or through others (a bag in a box in the bag).</summary>
public static class Containment
{
    private const int MaxDepth = 64;

    /// <summary>Whether putting <paramref name="itemId"/> into <paramref name="container"/> would make it contain itself.</summary>
    public static async Task<bool> WouldEncloseItselfAsync(IGrainFactory grains, string itemId, ObjectSummary container)
    {
        ObjectRef? place = container.Ref;
        for (var depth = 0; place is { Kind: ObjectKind.Item } && depth < MaxDepth; depth++)
        {
            if (place.Key == itemId)
            {
                return true;
            }

            place = await grains.GetGrain<IObjectGrain>(place.Key).GetLocationAsync();
        }

        // Nesting deeper than any builder would make is refused too: it is cheaper than following it.
        return place is { Kind: ObjectKind.Item };
    }
}
