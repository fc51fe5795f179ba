namespace Mud.Sessions;

/// <summary>
/// A grain reference (or a value built from one) kept for as long as its key stays the same.
/// <c>GrainFactory.GetGrain</c> resolves the grain interface by reflection on every call in Orleans 10.4;
/// on the command path that was 8 % of the silo's CPU in the benchmark.
/// </summary>
internal sealed class KeptReference<T>
    where T : class
{
    private string? _key;
    private T? _value;

    public T Get<TState>(string key, TState state, Func<string, TState, T> create)
    {
        if (_value is null || !string.Equals(_key, key, StringComparison.Ordinal))
        {
            _value = create(key, state);
            _key = key;
        }

        return _value;
    }
}
