/**
 * The database's name and schema version, in a module of their own so the first screen
 * (db/firstScreen.ts) can check the version without loading Dexie. Dexie stores version n as
 * IndexedDB version n × 10; a test keeps SCHEMA_VERSION equal to the last `version()` in
 * db/database.ts.
 */
export const DB_NAME = 'change-model';
export const SCHEMA_VERSION = 5;
export const IDB_VERSION = SCHEMA_VERSION * 10;
