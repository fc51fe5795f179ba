using System.Buffers;

namespace Mud.Portal.Rendering;

/// <summary>Writes the one SGR escape sequence that moves a terminal from one <see cref="TextStyle"/> to another.</summary>
internal static class SgrWriter
{
    // ESC [ + "0;1;4;38;5;255;48;5;255" + m fits comfortably.
    private const int MaxSequenceLength = 32;

    /// <summary>Emits nothing when the styles are equal, so callers may call it before every text run.</summary>
    public static void Write(IBufferWriter<byte> output, TextStyle from, TextStyle to, ColorMode mode)
    {
        if (from == to || mode == ColorMode.None)
        {
            return;
        }

        Span<byte> sequence = output.GetSpan(MaxSequenceLength);
        int length = 0;
        sequence[length++] = 0x1B;
        sequence[length++] = (byte)'[';

        // Turning one attribute off is done with a full reset and re-applying the rest: SGR 0 is the
        // one "off" code every client understands (22/24/39/49 are not universal in MUD clients).
        bool turnsSomethingOff = (from.Bold && !to.Bold)
            || (from.Underline && !to.Underline)
            || (from.Foreground != TextStyle.DefaultColor && to.Foreground == TextStyle.DefaultColor)
            || (from.Background != TextStyle.DefaultColor && to.Background == TextStyle.DefaultColor);
        if (turnsSomethingOff)
        {
            Append(sequence, ref length, 0);
            from = TextStyle.Default;
        }

        if (to.Bold && !from.Bold)
        {
            Append(sequence, ref length, 1);
        }

        if (to.Underline && !from.Underline)
        {
            Append(sequence, ref length, 4);
        }

        if (to.Foreground != from.Foreground)
        {
            AppendColor(sequence, ref length, to.Foreground, background: false);
        }

        if (to.Background != from.Background)
        {
            AppendColor(sequence, ref length, to.Background, background: true);
        }

        sequence[length++] = (byte)'m';
        output.Advance(length);
    }

    /// <summary>The colour a mode can show for palette entry <paramref name="color"/>.</summary>
    public static int Map(byte color, ColorMode mode) => mode switch
    {
        ColorMode.Xterm256 => color,
        ColorMode.Ansi16 => Xterm256Palette.ToAnsi16(color),
        _ => TextStyle.DefaultColor,
    };

    private static void AppendColor(Span<byte> sequence, ref int length, int color, bool background)
    {
        // The first 16 entries use the classic codes so the client's own palette (and its settings) apply.
        // Bright colours use 90-97/100-107 rather than "bold + colour", which would tie brightness to |h.
        if (color < 8)
        {
            Append(sequence, ref length, (background ? 40 : 30) + color);
        }
        else if (color < 16)
        {
            Append(sequence, ref length, (background ? 100 : 90) + color - 8);
        }
        else
        {
            Append(sequence, ref length, background ? 48 : 38);
            Append(sequence, ref length, 5);
            Append(sequence, ref length, color);
        }
    }

    private static void Append(Span<byte> sequence, ref int length, int parameter)
    {
        if (sequence[length - 1] != (byte)'[')
        {
            sequence[length++] = (byte)';';
        }

        if (parameter >= 100)
        {
            sequence[length++] = (byte)('0' + (parameter / 100));
        }

        if (parameter >= 10)
        {
            sequence[length++] = (byte)('0' + (parameter / 10 % 10));
        }

        sequence[length++] = (byte)('0' + (parameter % 10));
    }
}
