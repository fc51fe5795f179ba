-- =====================================================================================
-- Mud: PostgreSQL schema, step 1 of 4: OrleansQuery (required by every ADO.NET provider)
--
-- Apply in this order, in the database named by Mud:Storage:ConnectionString:
--   01-main.sql  02-clustering.sql  03-persistence.sql  04-reminders.sql
-- e.g.  for f in deploy/sql/postgresql/0*.sql; do psql -v ON_ERROR_STOP=1 -1 -f "$f" "$DB"; done
-- The silo applies them itself on start when OrleansQuery is missing (Mud.Silo.Storage.SchemaInstaller),
-- and `Mud.Silo --apply-schema` does the same on demand.
--
-- Source: dotnet/orleans src/AdoNet/Shared/PostgreSQL-Main.sql (Microsoft.Orleans.* 10.4.2).
-- The SQL is Orleans' contract and is kept as is; the only changes make a re-run harmless:
-- CREATE TABLE IF NOT EXISTS.
-- Requires PostgreSQL 9.5 or later (ON CONFLICT); tested with PostgreSQL 15.
-- =====================================================================================

-- requires Postgres 9.5 (or perhaps higher)

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



-- This table defines Orleans operational queries. Orleans uses these to manage its operations,
-- these are the only queries Orleans issues to the database.
-- These can be redefined (e.g. to provide non-destructive updates) provided the stated interface principles hold.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL,
    QueryText varchar(8000) NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY(QueryKey)
);
