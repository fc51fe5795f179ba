using System.Collections.Frozen;
using System.Collections.Immutable;
using Mud.Characters;
using Mud.Rooms;

namespace Mud.Oob;

/// <summary>The MSDP variables this game knows, what each is made of, and the lists MSDP's LIST command names.</summary>
public static class MsdpVariables
{
    public const string ServerTime = "SERVER_TIME";

    /// <summary>Reportable variables in the order LIST shows them, each with how to read it from the facts (null: not known now).</summary>
    private static readonly (string Name, Func<OobFacts, OobValue?> Read)[] ReportableVariables =
    [
        ("ACCOUNT_NAME", f => Text(f.Account)),
        ("CHARACTER_NAME", f => Text(f.Character?.Name)),
        ("SERVER_ID", f => OobValue.Of(f.ServerName)),
        ("HEALTH", f => Number(f.Character?.Vitals.Health)),
        ("HEALTH_MAX", f => Number(f.Character?.Vitals.HealthMax)),
        ("MANA", f => Number(f.Character?.Vitals.Mana)),
        ("MANA_MAX", f => Number(f.Character?.Vitals.ManaMax)),
        ("LEVEL", f => Number(f.Character?.Vitals.Level)),
        ("EXPERIENCE", f => Number(f.Character?.Vitals.Experience)),
        ("EXPERIENCE_MAX", f => Number(f.Character is { } c ? VitalsRules.ExperienceForNextLevel(c.Vitals.Level) : null)),
        ("EXPERIENCE_TNL", f => Number(f.Character is { } c ? VitalsRules.ExperienceForNextLevel(c.Vitals.Level) - c.Vitals.Experience : null)),
        ("ROOM", f => f.Room is { } r ? RoomTable(r) : null),
        ("ROOM_VNUM", f => Number(f.Room?.Number)),
        ("ROOM_NAME", f => Text(f.Room?.Name)),
        ("AREA_NAME", f => Text(f.Room?.Area)),
        ("ROOM_EXITS", f => f.Room is { } r ? ExitsTable(r) : null),
    ];

    private static readonly FrozenDictionary<string, Func<OobFacts, OobValue?>> Readers =
        ReportableVariables.Append((ServerTime, f => OobValue.Of(f.Now.ToUnixTimeSeconds())))
            .ToFrozenDictionary(v => v.Name, v => v.Read, StringComparer.Ordinal);

    public static ImmutableArray<string> Reportable { get; } = [.. ReportableVariables.Select(v => v.Name)];

    /// <summary>Everything SEND and REPEAT accept: the reportable variables and the server's clock, which changes too often to report.</summary>
    public static ImmutableArray<string> Sendable { get; } = [.. Reportable, ServerTime];

    /// <summary>Variables the client sets to tell us about itself.</summary>
    public static ImmutableArray<string> Configurable { get; } = ["CLIENT_NAME", "CLIENT_VERSION", "PLUGIN_ID", "ANSI_COLORS", "XTERM_256_COLORS", "UTF_8"];

    /// <summary>The commands a client may send, for LIST COMMANDS. REPEAT and UNREPEAT are this game's own.</summary>
    public static ImmutableArray<string> Commands { get; } = ["LIST", "REPORT", "RESET", "SEND", "UNREPORT", "REPEAT", "UNREPEAT"];

    public static bool IsReportable(string name) => Readers.ContainsKey(name) && name != ServerTime;

    public static bool IsSendable(string name) => Readers.ContainsKey(name);

    /// <summary>The variable's value now, or null if it is unknown or has no value yet.</summary>
    public static OobValue? Read(string name, OobFacts facts) => Readers.TryGetValue(name, out var read) ? read(facts) : null;

    private static OobTable RoomTable(RoomMapInfo room) => new(
    [
        new("VNUM", OobValue.Of(room.Number)),
        new("NAME", OobValue.Of(room.Name)),
        new("AREA", OobValue.Of(room.Area)),
        new("EXITS", ExitsTable(room)),
    ]);

    private static OobTable ExitsTable(RoomMapInfo room) => new([.. room.Exits.Select(e => new OobField(e.Key, OobValue.Of(e.To)))]);

    private static OobValue? Text(string? value) => value is null ? null : OobValue.Of(value);

    private static OobValue? Number(int? value) => value is { } number ? OobValue.Of(number) : null;
}
