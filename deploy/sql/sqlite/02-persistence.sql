-- =====================================================================================
-- Mud: SQLite schema (embedded mode), step 2 of 3: grain state
-- (AddAdoNetGrainStorage("store"), Invariant "System.Data.SQLite" = Microsoft.Data.Sqlite)
--
-- Apply after 01-main.sql. Creates OrleansStorage, index IX_OrleansStorage and 4 OrleansQuery rows
-- (WriteToStorageKey, ReadFromStorageKey, ClearStorageKey, DeleteStorageKey).
--
-- Source: dotnet/orleans src/AdoNet/Orleans.Persistence.AdoNet/Sqlite-Persistence.sql.
-- The SQL is Orleans' contract (query keys, parameter names, result columns) and is kept as is, except:
-- * a re-run is harmless: CREATE TABLE/INDEX IF NOT EXISTS, INSERT OR IGNORE INTO OrleansQuery;
-- * WriteToStorageKey starts with BEGIN IMMEDIATE TRANSACTION instead of BEGIN TRANSACTION. Upstream's
--   deferred transaction takes the write lock at the UPDATE, in the middle of the script; if that waits out
--   the busy timeout (SQLITE_BUSY), the script stops with its transaction still open, and Microsoft.Data.Sqlite
--   returns that connection to its pool as is: every later write that gets it fails at once with "cannot
--   start a transaction within a transaction" (verified with Microsoft.Data.Sqlite 10.0.5). BEGIN IMMEDIATE
--   takes the lock up front, so a busy database waits (up to the 30 s busy timeout) and then either
--   succeeds or fails before any transaction is open. Results are unchanged.
-- * DeleteStorageKey, which upstream's SQLite script lacks, is written here after the PostgreSQL one (same
--   parameters, same result: the deleted row's version + 1, no row on a version conflict). The silo clears
--   state with it (AdoNetGrainStorageOptions.DeleteStateOnClear), so a closed session or a destroyed object
--   leaves no row behind.
-- =====================================================================================

-- The design criteria for this table are:
--
-- 1. It can contain arbitrary content serialized as binary, XML or JSON. These formats
-- are supported to allow one to take advantage of in-storage processing capabilities for
-- these types if required. This should not incur extra cost on storage.
--
-- 2. The table design should scale with the idea of tens or hundreds (or even more) types
-- of grains that may operate with even hundreds of thousands of grain IDs within each
-- type of a grain.
--
-- 3. The table and its associated operations should remain stable. There should not be
-- structural reason for unexpected delays in operations. It should be possible to also
-- insert data reasonably fast without resource contention.
--
-- 4. For reasons in 2. and 3., the index should be as narrow as possible so it fits well in
-- memory and should it require maintenance, isn't resource intensive. For this
-- reason the index is narrow by design (ideally non-clustered). Currently the entity
-- is recognized in the storage by the grain type and its ID, which are unique in Orleans silo.
-- The ID is the grain ID bytes (if string type UTF-8 bytes) and possible extension key as UTF-8
-- bytes concatenated with the ID and then hashed.
--
-- Reason for hashing: Database engines usually limit the length of the column sizes, which
-- would artificially limit the length of IDs or types. Even when within limitations, the
-- index would be thick and consume more memory.
--
-- In the current setup the ID and the type are hashed into two INT type instances, which
-- are made a compound index. When there are no collisions, the index can quickly locate
-- the unique row. Along with the hashed index values, the NVARCHAR(nnn) values are also
-- stored and they are used to prune hash collisions down to only one result row.
--
-- 5. The design leads to duplication in the storage. It is reasonable to assume there will
-- a low number of services with a given service ID operational at any given time. Or that
-- compared to the number of grain IDs, there are a fairly low number of different types of
-- grain. The catch is that were these data separated to another table, it would make INSERT
-- and UPDATE operations complicated and would require joins, temporary variables and additional
-- indexes or some combinations of them to make it work. It looks like fitting strategy
-- could be to use table compression.
--
-- 6. For the aforementioned reasons, grain state DELETE will set NULL to the data fields
-- and updates the Version number normally. This should alleviate the need for index or
-- statistics maintenance with the loss of some bytes of storage space. The table can be scrubbed
-- in a separate maintenance operation.
--
-- 7. In the storage operations queries the columns need to be in the exact same order
-- since the storage table operations support optionally streaming.
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    -- These are for the book keeping. Orleans calculates
    -- these hashes (see RelationalStorageProvide implementation),
    -- which are signed 32 bit integers mapped to the *Hash fields.
    -- The mapping is done in the code. The
    -- *String columns contain the corresponding clear name fields.
    --
    -- If there are duplicates, they are resolved by using GrainIdN0,
    -- GrainIdN1, GrainIdExtensionString and GrainTypeString fields.
    -- It is assumed these would be rarely needed.
    GrainIdHash                INT NOT NULL,
    GrainIdN0                BIGINT NOT NULL,
    GrainIdN1                BIGINT NOT NULL,
    GrainTypeHash            INT NOT NULL,
    GrainTypeString            NVARCHAR(512) NOT NULL,
    GrainIdExtensionString    NVARCHAR(512) NULL,
    ServiceId                NVARCHAR(150) NOT NULL,
    -- Payload
    PayloadBinary    BLOB NULL,
    -- Informational field, no other use.
    ModifiedOn DATETIME NOT NULL,
    -- The version of the stored payload.
    Version INT NULL
    -- The following would in principle be the primary key, but it would be too thick
    -- to be indexed, so the values are hashed and only collisions will be solved
    -- by using the fields. That is, after the indexed queries have pinpointed the right
    -- rows down to [0, n] relevant ones, n being the number of collided value pairs.
);

CREATE INDEX IF NOT EXISTS IX_OrleansStorage ON OrleansStorage(GrainIdHash, GrainTypeHash);


-- Updates an existing grain state with optimistic concurrency control or inserts it if it does not exist.
INSERT OR IGNORE INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
    BEGIN IMMEDIATE TRANSACTION;

    CREATE TEMP TABLE IF NOT EXISTS OrleansStorageWriteState
    (
        TotalChangesBefore INT NOT NULL
    );
    DELETE FROM OrleansStorageWriteState;
    INSERT INTO OrleansStorageWriteState (TotalChangesBefore) VALUES (total_changes() + 1);

    UPDATE OrleansStorage
    SET
        PayloadBinary = @PayloadBinary,
        ModifiedOn = datetime(''now''),
        Version = Version + 1
    WHERE
        GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND (GrainIdExtensionString = @GrainIdExtensionString OR (GrainIdExtensionString IS NULL AND @GrainIdExtensionString IS NULL))
        AND ServiceId = @ServiceId
        AND Version = @GrainStateVersion;

    INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString, @ServiceId, @PayloadBinary, datetime(''now''), 1
    WHERE changes() = 0
      AND @GrainStateVersion IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM OrleansStorage
        WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND (GrainIdExtensionString = @GrainIdExtensionString OR (GrainIdExtensionString IS NULL AND @GrainIdExtensionString IS NULL))
        AND ServiceId = @ServiceId
    );

    SELECT Version AS NewGrainStateVersion FROM OrleansStorage
    WHERE total_changes() > (SELECT TotalChangesBefore FROM OrleansStorageWriteState LIMIT 1)
        AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND (GrainIdExtensionString = @GrainIdExtensionString OR (GrainIdExtensionString IS NULL AND @GrainIdExtensionString IS NULL))
        AND ServiceId = @ServiceId;

    SELECT @GrainStateVersion AS NewGrainStateVersion
    WHERE total_changes() = (SELECT TotalChangesBefore FROM OrleansStorageWriteState LIMIT 1)
        AND @GrainStateVersion IS NOT NULL;

    COMMIT;
');

-- Retrieves the binary payload and the current version of a specific grain state.
INSERT OR IGNORE INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', '
    SELECT
        PayloadBinary,
        Version AS Version
    FROM
        OrleansStorage
    WHERE
        GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND (GrainIdExtensionString = @GrainIdExtensionString OR (GrainIdExtensionString IS NULL AND @GrainIdExtensionString IS NULL))
        AND ServiceId = @ServiceId
    LIMIT 1;
');

-- Clears the grain state by setting the payload to null and incrementing the version for consistency.
INSERT OR IGNORE INTO OrleansQuery (QueryKey, QueryText) VALUES
('ClearStorageKey', '
    UPDATE OrleansStorage
    SET
        PayloadBinary = NULL,
        ModifiedOn = datetime(''now''),
        Version = Version + 1
    WHERE
        GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND (GrainIdExtensionString = @GrainIdExtensionString OR (GrainIdExtensionString IS NULL AND @GrainIdExtensionString IS NULL))
        AND ServiceId = @ServiceId
        AND Version = @GrainStateVersion;

    SELECT Version AS NewGrainStateVersion FROM OrleansStorage
    WHERE changes() > 0
        AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND (GrainIdExtensionString = @GrainIdExtensionString OR (GrainIdExtensionString IS NULL AND @GrainIdExtensionString IS NULL))
        AND ServiceId = @ServiceId;

    SELECT @GrainStateVersion AS NewGrainStateVersion
    WHERE changes() = 0
        AND @GrainStateVersion IS NOT NULL;
');

-- Deletes the grain's row when its version is the one the grain holds (Orleans' DeleteStateOnClear).
INSERT OR IGNORE INTO OrleansQuery (QueryKey, QueryText) VALUES
('DeleteStorageKey', '
    DELETE FROM OrleansStorage
    WHERE
        GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND (GrainIdExtensionString = @GrainIdExtensionString OR (GrainIdExtensionString IS NULL AND @GrainIdExtensionString IS NULL))
        AND ServiceId = @ServiceId
        AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion;
');
