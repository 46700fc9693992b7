/**
 * Limits of the login flow, kept free of imports so that the package's public types can name
 * them without pulling in the data layer (and its SQLite types).
 */

/** How long a login code stays valid, in milliseconds. */
export const CODE_TTL_MS = 5 * 60 * 1000;
