namespace Mud.Rooms;

/// <summary>
/// The number clients' mappers know a room by (MSDP ROOM VNUM, GMCP Room.Info num). Derived from the room's
/// id, so it is the same on every silo and after every restart, and rooms need no number in their data.
/// </summary>
public static class RoomNumber
{
    /// <summary>FNV-1a over the id's UTF-16 code units, folded to a positive 31-bit number (Mudlet stores room ids as int).</summary>
    public static int Of(RoomId id)
    {
        uint hash = 2166136261;
        foreach (char c in id.Value)
        {
            hash = (hash ^ c) * 16777619;
        }

        var number = (int)(hash & 0x7FFF_FFFF);
        return number == 0 ? 1 : number;
    }
}
