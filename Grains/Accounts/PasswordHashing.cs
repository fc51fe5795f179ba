using Microsoft.Extensions.Options;
using Mud.Settings;

namespace Mud.Accounts;

/// <summary>
/// Runs PBKDF2 work on the thread pool, at most <c>Mud:Security:MaxConcurrentPasswordHashes</c> at once: each hash
/// holds a thread for a good fraction of a second, so a flood of logins would otherwise take every thread the
/// silo has. The rest wait, without a thread, for a slot.
/// </summary>
public sealed class PasswordHashing(IOptions<SecurityOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.PasswordHashConcurrency);

    public async Task<T> RunAsync<T>(Func<T> work)
    {
        await _slots.WaitAsync();
        try
        {
            return await Task.Run(work);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
