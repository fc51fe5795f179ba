using System.Text;

namespace Mud.Bench.Telnet;

/// <summary>Reads the mana value out of an MSDP or GMCP update, as the game sends them.</summary>
public static class OobVitals
{
    private const byte MsdpVar = 1;
    private const byte MsdpVal = 2;
    private static readonly byte[] Mana = Encoding.ASCII.GetBytes("MANA");
    private static readonly byte[] CharVitals = Encoding.ASCII.GetBytes("Char.Vitals ");
    private static readonly byte[] Mp = Encoding.ASCII.GetBytes("\"mp\"");

    /// <summary>The SB payloads to subscribe to vitals: MSDP <c>REPORT MANA</c>, or GMCP <c>Core.Supports.Set ["Char 1"]</c>.</summary>
    public static byte[] Subscription(byte option) => option == TelnetBytes.Msdp
        ? [TelnetBytes.Iac, TelnetBytes.Sb, TelnetBytes.Msdp, MsdpVar, .. "REPORT"u8, MsdpVal, .. "MANA"u8, MsdpVal, .. "HEALTH"u8, TelnetBytes.Iac, TelnetBytes.Se]
        : [TelnetBytes.Iac, TelnetBytes.Sb, TelnetBytes.Gmcp, .. "Core.Supports.Set [\"Char 1\"]"u8, TelnetBytes.Iac, TelnetBytes.Se];

    /// <summary>The mana in an update, or null when it carries none.</summary>
    public static int? ManaOf(byte option, ReadOnlySpan<byte> payload)
    {
        if (option == TelnetBytes.Msdp)
        {
            // VAR "MANA" VAL "40", possibly among other variables.
            for (var at = payload.IndexOf(MsdpVar); at >= 0; at = Next(payload, at + 1))
            {
                var rest = payload[(at + 1)..];
                if (rest.StartsWith(Mana) && rest.Length > Mana.Length && rest[Mana.Length] == MsdpVal)
                {
                    return Number(rest[(Mana.Length + 1)..]);
                }
            }

            return null;
        }

        if (option != TelnetBytes.Gmcp || !payload.StartsWith(CharVitals))
        {
            return null;
        }

        var key = payload.IndexOf(Mp);
        if (key < 0)
        {
            return null;
        }

        var value = payload[(key + Mp.Length)..];
        var colon = value.IndexOf((byte)':');
        return colon < 0 ? null : Number(value[(colon + 1)..].TrimStart(" \""u8));
    }

    private static int Next(ReadOnlySpan<byte> payload, int from)
    {
        var next = payload[from..].IndexOf(MsdpVar);
        return next < 0 ? -1 : from + next;
    }

    private static int? Number(ReadOnlySpan<byte> text)
    {
        var value = 0;
        var digits = 0;
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                break;
            }

            value = (value * 10) + (b - '0');
            digits++;
        }

        return digits > 0 ? value : null;
    }
}
