/**
 * The shape of a value of the schema in JS: `{ _: 'constructorName', ...fields }` for an object,
 * `{ _: 'functionName', ...params }` for a request. It lives here, in the lowest layer that uses
 * it (the validator); the core's client interface and everything above import it from here.
 */

/** Any TD object or request. */
export interface TdObject {
  _: string;
  [field: string]: unknown;
}
