/** Name of the gateway's file inside a data dir (kept import-free: our public types name it). */
export const HTTP_DB_FILE = 'http.db';
