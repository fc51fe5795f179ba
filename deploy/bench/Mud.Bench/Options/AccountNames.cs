namespace Mud.Bench.Options;

/// <summary>Account names for numbered clients. Names may hold letters only, so the number is written in letters.</summary>
public static class AccountNames
{
    /// <summary>Client 0 of prefix "bench" is "benchaaaa", client 27 "benchaabb": always four letters, so names sort and never collide.</summary>
    public static string For(string prefix, int client)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(client);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(client, 26 * 26 * 26 * 26);
        Span<char> letters = stackalloc char[4];
        for (var i = 3; i >= 0; i--)
        {
            letters[i] = (char)('a' + (client % 26));
            client /= 26;
        }

        return prefix + new string(letters);
    }
}
