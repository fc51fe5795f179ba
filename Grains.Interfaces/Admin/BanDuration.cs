using System.Text.RegularExpressions;

namespace Mud.Admin;

/// <summary>A ban's duration as administrators type it, in the game and on the web: <c>30m</c>, <c>2h</c>, <c>7d</c>, <c>1w</c>, or parts together (<c>1d12h</c>).</summary>
public static partial class BanDuration
{
    /// <summary>The duration, or null when the text is not one (or is nothing).</summary>
    public static TimeSpan? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            if (!int.TryParse(part.Value[..^1], out var amount) || amount > 100_000)
            {
                return null;
            }

            total += char.ToLowerInvariant(part.Value[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7 * amount),
            };
        }

        return total > TimeSpan.Zero ? total : null;
    }

    [GeneratedRegex("^(?<part>[0-9]+[smhdwSMHDW])+$")]
    private static partial Regex Pattern();
}
