/**
 * Names and modes of the files in a data dir, kept free of imports so that the package's public
 * types can name them without pulling in SQLite's types.
 */

/** Name of the database file inside a data dir. */
export const DB_FILE = 'luatd.db';
