-- =====================================================================================
-- Mud: SQLite schema (embedded mode), step 3 of 3: cluster membership
--
-- Orleans has no SQLite clustering script; these two tables are this project's own, read and
-- written only by Mud.Silo.Storage.SqliteMembershipTable. They let a second silo join the
-- embedded game on the same database file while the first one hands over and leaves
-- (./mud reload), which localhost clustering (membership kept in the first silo's memory) cannot.
-- Re-running this script is harmless.
-- =====================================================================================

-- One row per cluster: the membership version and its etag, both changed by every insert or update of a member.
CREATE TABLE IF NOT EXISTS MudMembershipVersion
(
    ClusterId   TEXT NOT NULL PRIMARY KEY,
    Version     INTEGER NOT NULL,
    VersionEtag TEXT NOT NULL
);

-- One row per silo (address + port + generation): what Orleans' MembershipEntry holds.
-- Times are UTC, ISO 8601; SuspectTimes is a JSON array of {"Silo": "...", "At": "..."}.
CREATE TABLE IF NOT EXISTS MudMembership
(
    ClusterId    TEXT NOT NULL,
    Silo         TEXT NOT NULL,
    Etag         TEXT NOT NULL,
    SiloName     TEXT NOT NULL,
    HostName     TEXT NOT NULL,
    Status       INTEGER NOT NULL,
    ProxyPort    INTEGER NOT NULL,
    SuspectTimes TEXT NULL,
    StartTime    TEXT NOT NULL,
    IAmAliveTime TEXT NOT NULL,
    PRIMARY KEY (ClusterId, Silo)
);
