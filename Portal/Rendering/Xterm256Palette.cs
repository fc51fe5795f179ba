namespace Mud.Portal.Rendering;

/// <summary>Maps xterm256 palette indices to the nearest of the 16 ANSI colours.</summary>
internal static class Xterm256Palette
{
    private static readonly byte[] s_nearestAnsi16 = BuildTable();

    /// <summary>The ANSI colour (0-15) closest to palette entry <paramref name="index"/>.</summary>
    public static byte ToAnsi16(byte index) => s_nearestAnsi16[index];

    private static byte[] BuildTable()
    {
        // xterm's default RGB values; clients differ a little, but nearest-match only needs the shape.
        ReadOnlySpan<int> ansi =
        [
            0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
            0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
        ];

        var table = new byte[256];
        for (int index = 0; index < 256; index++)
        {
            int rgb = index < 16 ? ansi[index] : ToRgb(index);
            int best = 0;
            int bestDistance = int.MaxValue;
            for (int candidate = 0; candidate < ansi.Length; candidate++)
            {
                int distance = Distance(rgb, ansi[candidate]);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            table[index] = (byte)best;
        }

        return table;
    }

    private static int ToRgb(int index)
    {
        if (index >= 232)
        {
            int grey = 8 + (10 * (index - 232));
            return (grey << 16) | (grey << 8) | grey;
        }

        int cube = index - 16;
        return (Level(cube / 36) << 16) | (Level(cube / 6 % 6) << 8) | Level(cube % 6);

        static int Level(int step) => step == 0 ? 0 : 55 + (40 * step);
    }

    private static int Distance(int a, int b)
    {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return (dr * dr) + (dg * dg) + (db * db);
    }
}
