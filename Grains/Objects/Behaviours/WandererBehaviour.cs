namespace Mud.Objects.Behaviours;

/// <summary>Wanders through the exits of its room at random, going only where its traverse locks let it.</summary>
public sealed class WandererBehaviour : IObjectBehaviour
{
    public string Name => "wanderer";

    public string Summary => $"walks out through a random exit it may traverse; {BehaviourPeriods.Describe("interval", 60)}";

    public TimeSpan PeriodOf(ObjectSnapshot self) => BehaviourPeriods.From(self, "interval", 60);

    public async Task ActAsync(BehaviourContext context)
    {
        var exits = (await context.Room.GetContentsAsync()).Where(c => c.Kind == ObjectKind.Exit && context.MayPass(c)).ToList();
        if (exits.Count > 0)
        {
            await context.MoveThroughAsync(exits[Random.Shared.Next(exits.Count)]);
        }
    }
}
