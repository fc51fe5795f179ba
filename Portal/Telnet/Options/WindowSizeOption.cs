using System.Buffers.Binary;

namespace Mud.Portal.Telnet.Options;

/// <summary>Reads NAWS (RFC 1073) window sizes.</summary>
internal static class WindowSizeOption
{
    /// <summary>Width and height as big-endian 16-bit values; the parser has already folded IAC IAC,
    /// which is how a width of 255 arrives.</summary>
    public static bool TryRead(ReadOnlySpan<byte> payload, out int width, out int height)
    {
        if (payload.Length != 4)
        {
            width = height = 0;
            return false;
        }

        width = BinaryPrimitives.ReadUInt16BigEndian(payload);
        height = BinaryPrimitives.ReadUInt16BigEndian(payload[2..]);
        return true;
    }
}
