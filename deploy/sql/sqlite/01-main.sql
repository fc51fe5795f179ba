-- =====================================================================================
-- Mud: SQLite schema (embedded mode), step 1 of 3: OrleansQuery
--
-- Apply in this order to the database file (Mud:Storage:SqliteFile, default <data dir>/mud.db):
--   01-main.sql  02-persistence.sql  03-membership.sql
-- e.g.  sqlite3 mud.db < deploy/sql/sqlite/01-main.sql && sqlite3 mud.db < deploy/sql/sqlite/02-persistence.sql
-- The silo does this itself on start when OrleansQuery is missing, and also sets
-- PRAGMA journal_mode=WAL (Mud.Silo.Storage.SchemaInstaller).
-- Orleans has no SQLite clustering or reminder scripts: SQLite mode keeps membership in tables of its own
-- (03-membership.sql) and uses in-memory reminders.
--
-- Source: dotnet/orleans src/AdoNet/Shared/Sqlite-Main.sql (Microsoft.Orleans.* 10.4.2).
-- The SQL is Orleans' contract and is kept as is; the only change makes a re-run harmless:
-- CREATE TABLE IF NOT EXISTS.
-- =====================================================================================

/*
Implementation notes:

1) The general idea is that data is read and written through Orleans specific queries.
   Orleans operates on column names and types when reading and on parameter names and types when writing.

2) The implementations *must* preserve input and output names and types. Orleans uses these parameters to reads query results by name and type.
   Vendor and deployment specific tuning is allowed and contributions are encouraged as long as the interface contract
   is maintained.

3) The implementation across vendor specific scripts *should* preserve the constraint names. This simplifies troubleshooting
   by virtue of uniform naming across concrete implementations.

5) ETag for Orleans is an opaque column that represents a unique version. The type of its actual implementation
   is not important as long as it represents a unique version. In this implementation we use integers for versioning

6) For the sake of being explicit and removing ambiguity, Orleans expects some queries to return either TRUE as >0 value

   or FALSE as =0 value. That is, affected rows or such does not matter. If an error is raised or an exception is thrown
   the query *must* ensure the entire transaction is rolled back and may either return FALSE or propagate the exception.
   Orleans handles exception as a failure and will retry.

7) The implementation follows the Extended Orleans membership protocol. For more information, see at:
        https://learn.microsoft.com/dotnet/orleans/implementation/cluster-management
        https://github.com/dotnet/orleans/blob/main/src/Orleans.Core/SystemTargetInterfaces/IMembershipTable.cs
*/

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT PRIMARY KEY,
    QueryText TEXT NOT NULL
);
